using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Citizen;

/// <summary>What the case page shows of a case the caller may already see: timeline, documents with files, the citizen's messages.</summary>
internal sealed class CaseDetails(EboiDbContext db)
{
    public async Task<CaseView> LoadAsync(Case c, Guid? messagesOf, CancellationToken ct)
    {
        var stages = await db.Set<CaseStage>().AsNoTracking().Where(s => s.CaseId == c.Id).OrderBy(s => s.Date).ThenBy(s => s.Position).ToListAsync(ct);
        var documents = await db.Set<CaseDocument>().AsNoTracking().Where(d => d.CaseId == c.Id).OrderBy(d => d.DocumentDate).ThenBy(d => d.Id).ToListAsync(ct);
        var docIds = documents.Select(d => d.Id).ToList();
        var files = (await db.Set<DocumentFile>().AsNoTracking().Where(f => docIds.Contains(f.DocumentId)).OrderBy(f => f.Position).ToListAsync(ct))
            .ToLookup(f => f.DocumentId);
        var messages = await (
            from m in db.Set<CaseMessage>().AsNoTracking()
            join i in db.Set<InboxItem>().AsNoTracking() on m.InboxItemId equals i.Id
            where m.CaseId == c.Id && (messagesOf == null || m.SenderUserId == messagesOf)
            orderby m.SentAt
            select new MessageLine(m.Id, m.Subject, m.Body, m.SentAt, i.RegisterNumber)).ToListAsync(ct);
        var parties = await db.Set<CaseParty>().AsNoTracking().Where(p => p.CaseId == c.Id).OrderBy(p => p.Name).ToListAsync(ct);
        return new CaseView(c, stages, documents.Select(d => new DocumentLine(d, files[d.Id].ToList())).ToList(), messages, parties);
    }
}

internal sealed record CaseView(Case Case, IReadOnlyList<CaseStage> Stages, IReadOnlyList<DocumentLine> Documents, IReadOnlyList<MessageLine> Messages,
    IReadOnlyList<CaseParty> Parties);

internal sealed record DocumentLine(CaseDocument Document, IReadOnlyList<DocumentFile> Files);

/// <summary>A message the citizen wrote and the EZD's register number once it acknowledged it.</summary>
internal sealed record MessageLine(Guid Id, string Subject, string Body, DateTimeOffset SentAt, string? RegisterNumber);
