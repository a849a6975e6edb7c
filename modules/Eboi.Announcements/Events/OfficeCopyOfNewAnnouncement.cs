using Eboi.Announcements.Domain;
using Eboi.Announcements.Email;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Email;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Announcements.Events;

/// <summary>
/// Sends the office mailbox (the tenant's contact address) a copy of each new announcement, a second pair of eyes on
/// what the portal shows; nothing when the tenant has no address. The e-mail and the "sent" mark commit together, so
/// a delivery that runs again (at least once) sends nothing twice.
/// </summary>
internal sealed class OfficeCopyOfNewAnnouncement(EboiDbContext db, ICurrentTenant tenant, IEmailOutbox outbox, PortalAddresses portal, TimeProvider clock)
    : IDomainEventHandler<AnnouncementAdded>
{
    public async Task HandleAsync(AnnouncementAdded e, DomainEventContext context, CancellationToken ct)
    {
        var announcement = await db.Set<Announcement>().FirstOrDefaultAsync(a => a.Id == e.AnnouncementId, ct);
        if (announcement is null || announcement.OfficeCopySentAt is not null) return;
        if (tenant.Tenant?.Profile.Contact.Email is not { Length: > 0 } office) return;

        var link = (await portal.CurrentAsync(ct)).TrimEnd('/') + AnnouncementsPaths.AdminEdit(e.AnnouncementId);
        await outbox.EnqueueAsync(new OutgoingEmail(AnnouncementEmailTemplates.OfficeCopy, office, new Dictionary<string, string>
        {
            [AnnouncementEmailTemplates.Values.Tytul] = e.Title,
            [AnnouncementEmailTemplates.Values.Od] = e.VisibleFrom.ToString("dd.MM.yyyy"),
            [AnnouncementEmailTemplates.Values.Do] = e.VisibleUntil?.ToString("dd.MM.yyyy") ?? "",
            [AnnouncementEmailTemplates.Values.Autor] = e.AddedBy ?? "pracownik urzędu",
            [AnnouncementEmailTemplates.Values.Link] = link,
        }), ct);
        announcement.OfficeCopySentAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }
}
