using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Correspondence;

/// <summary>
/// The cases module's share of /korespondencja: outgoing documents of the citizen's cases in Odebrane; the citizen's
/// messages to officers in Wysłane, with the register number once the EZD acknowledged them. Inbox items of other
/// kinds (forms) are listed by the module that owns them (it reads the number through <see cref="ICaseInbox.StatusAsync"/>),
/// so nothing shows twice.
/// </summary>
internal sealed class CaseCorrespondence(EboiDbContext db) : ICorrespondenceSource
{
    public async Task<IReadOnlyList<CorrespondenceEntry>> ListAsync(Guid userId, CorrespondenceBox box, CancellationToken ct) => box switch
    {
        CorrespondenceBox.Received => await ReceivedAsync(userId, ct),
        CorrespondenceBox.Sent => await SentAsync(userId, ct),
        _ => [],
    };

    private async Task<IReadOnlyList<CorrespondenceEntry>> ReceivedAsync(Guid userId, CancellationToken ct)
    {
        var rows = await (
            from d in db.Set<CaseDocument>().AsNoTracking()
            join c in db.Set<Case>().AsNoTracking() on d.CaseId equals c.Id
            where d.Direction == DocumentDirections.Out && db.Set<CaseParty>().Any(p => p.CaseId == c.Id && p.UserId == userId)
            select new { d.Title, d.DocumentDate, d.RegisterNumber, c.Sign }).ToListAsync(ct);
        return rows.Select(r => new CorrespondenceEntry(
            new DateTimeOffset(r.DocumentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), r.Title, "Pismo", CasesPaths.Case(r.Sign), r.Sign, r.RegisterNumber)).ToList();
    }

    private async Task<IReadOnlyList<CorrespondenceEntry>> SentAsync(Guid userId, CancellationToken ct)
    {
        var rows = await db.Set<InboxItem>().AsNoTracking().Where(i => i.SenderUserId == userId && i.Kind == CaseInboxKinds.Message)
            .Select(i => new { i.Title, i.Kind, i.CreatedAt, i.CaseSign, i.RegisterNumber }).ToListAsync(ct);
        // A message's case is the citizen's own (it was written from its page); link to it only while it is theirs.
        var signs = rows.Select(r => r.CaseSign).OfType<string>().Distinct().ToList();
        var mine = (await db.Set<Case>().AsNoTracking()
            .Where(c => signs.Contains(c.Sign) && db.Set<CaseParty>().Any(p => p.CaseId == c.Id && p.UserId == userId)).Select(c => c.Sign).ToListAsync(ct)).ToHashSet();
        return rows.Select(r => new CorrespondenceEntry(r.CreatedAt, r.Title, "Wiadomość do prowadzącego",
            r.CaseSign is { } s && mine.Contains(s) ? CasesPaths.Case(s) : CasesPaths.Correspondence, r.CaseSign, r.RegisterNumber)).ToList();
    }
}
