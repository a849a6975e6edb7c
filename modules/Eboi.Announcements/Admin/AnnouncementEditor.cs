using Eboi.Announcements.Domain;
using Eboi.Announcements.Events;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Tenancy;
using Eboi.Core.Text;
using Eboi.Core.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Announcements.Admin;

/// <summary>
/// The staff side of announcements: list, save (new or edit) and delete. Each change is written with its audit entry
/// (and, for a new one, its <see cref="AnnouncementAdded"/> event) in one SaveChanges, then the home page is evicted.
/// </summary>
internal sealed class AnnouncementEditor(EboiDbContext db, ICurrentTenant tenant, IOutputCacheStore cache, AuditLog audit,
    IDomainEventPublisher events, TimeProvider clock)
{
    public sealed record SaveResult(Announcement? Saved, IReadOnlyList<(string Field, string Message)> Errors);

    public DateOnly Today => DateOnly.FromDateTime(PolishTime.ToWarsaw(clock.GetUtcNow()).DateTime);

    public async Task<IReadOnlyList<Announcement>> ListAsync(CancellationToken ct) =>
        await db.Set<Announcement>().AsNoTracking().OrderByDescending(a => a.VisibleFrom).ThenByDescending(a => a.CreatedAt).ToListAsync(ct);

    public Task<Announcement?> FindAsync(Guid id, CancellationToken ct) =>
        db.Set<Announcement>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Creates (<paramref name="id"/> null) or changes an announcement; a missing one (deleted meanwhile) is reported, not recreated.</summary>
    public async Task<SaveResult> SaveAsync(Guid? id, AnnouncementForm form, string? author, CancellationToken ct)
    {
        var input = AnnouncementRules.Check(form.Title, form.Body, form.VisibleFrom, form.VisibleUntil, Today, isNew: id is null);
        if (input.Errors.Count > 0) return new(null, input.Errors);

        var now = clock.GetUtcNow();
        Announcement? row;
        if (id is { } existing)
        {
            row = await db.Set<Announcement>().FirstOrDefaultAsync(a => a.Id == existing, ct);
            if (row is null) return new(null, [("", "Tego ogłoszenia już nie ma: ktoś je usunął. Skopiuj treść i dodaj je jeszcze raz.")]);
        }
        else
        {
            row = new Announcement { Id = Guid.CreateVersion7(), CreatedAt = now };
            db.Add(row);
        }
        row.Title = input.Title;
        row.Body = input.Body;
        row.VisibleFrom = input.VisibleFrom;
        row.VisibleUntil = input.VisibleUntil;
        row.UpdatedAt = now;
        row.UpdatedBy = author;
        if (id is null)
        {
            audit.Add(AnnouncementsAuditEvents.Added, row.Title);
            events.Publish(new AnnouncementAdded(row.Id, row.Title, row.VisibleFrom, row.VisibleUntil, author));
        }
        else audit.Add(AnnouncementsAuditEvents.Changed, row.Title);
        await db.SaveChangesAsync(ct);
        await EvictHomePageAsync(ct);
        return new(row, []);
    }

    public async Task<Announcement?> DeleteAsync(Guid id, CancellationToken ct)
    {
        var row = await db.Set<Announcement>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (row is null) return null;
        db.Remove(row);
        audit.Add(AnnouncementsAuditEvents.Deleted, row.Title);
        await db.SaveChangesAsync(ct);
        await EvictHomePageAsync(ct);
        return row;
    }

    private async Task EvictHomePageAsync(CancellationToken ct)
    {
        if (tenant.Tenant is { } t) await cache.EvictByTagAsync(TenantCacheTags.ForTenant(t.Id), ct);
    }
}
