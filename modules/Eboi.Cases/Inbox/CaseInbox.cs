using System.Text.Json;
using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Inbox;

/// <summary>Adds inbox items to the caller's unit of work (see <see cref="ICaseInbox"/>) and reports their acknowledgement.</summary>
internal sealed class CaseInbox(EboiDbContext db, TimeProvider clock) : ICaseInbox
{
    public const int MaxTitle = 300;

    public Task<Guid> AddAsync(CaseInboxItem item, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(item.Kind)) throw new ArgumentException("An inbox item needs a kind.", nameof(item));
        if (string.IsNullOrWhiteSpace(item.Title)) throw new ArgumentException("An inbox item needs a title.", nameof(item));
        using (var body = JsonDocument.Parse(item.BodyJson))
            if (body.RootElement.ValueKind != JsonValueKind.Object) throw new ArgumentException("The body must be a JSON object.", nameof(item));
        var tenantId = db.TenantId ?? throw new InvalidOperationException("The inbox needs a tenant.");
        var row = new InboxItem
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, Kind = item.Kind.Trim(), SenderUserId = item.SenderUserId,
            Title = item.Title.Trim() is { Length: > MaxTitle } t ? t[..MaxTitle] : item.Title.Trim(),
            Body = item.BodyJson, Attachments = JsonSerializer.Serialize(item.Attachments, InboxJson.Options),
            CaseSign = string.IsNullOrWhiteSpace(item.CaseSign) ? null : item.CaseSign.Trim(), CreatedAt = clock.GetUtcNow(),
        };
        db.Add(row);
        return Task.FromResult(row.Id);
    }

    public async Task<CaseInboxStatus?> StatusAsync(Guid itemId, CancellationToken ct) =>
        await (
            from i in db.Set<InboxItem>().AsNoTracking()
            where i.Id == itemId
            from c in db.Set<Case>().AsNoTracking().Where(c => c.Sign == i.CaseSign).DefaultIfEmpty()
            select new CaseInboxStatus(i.Id, i.CreatedAt, i.AcknowledgedAt, i.RegisterNumber, c == null ? null : c.Id, c == null ? null : c.Sign))
            .SingleOrDefaultAsync(ct);
}

/// <summary>How the inbox's JSON columns and the API write their JSON.</summary>
internal static class InboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<CaseInboxAttachment> Attachments(string json) =>
        JsonSerializer.Deserialize<List<CaseInboxAttachment>>(json, Options) ?? [];
}
