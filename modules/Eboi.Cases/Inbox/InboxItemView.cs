using System.Text.Json;
using Eboi.Cases.Domain;
using Eboi.Core.Security;

namespace Eboi.Cases.Inbox;

/// <summary>Inbox items as the EZD pulls them: content, sender's identity (from the citizen directory) and attachment links.</summary>
internal sealed class InboxItemView(ICitizenDirectory citizens)
{
    public async Task<InboxPage> PageAsync(IReadOnlyList<InboxItem> items, bool more, CancellationToken ct)
    {
        var senders = new Dictionary<Guid, CitizenIdentity?>();
        var views = new List<InboxItemDto>();
        foreach (var i in items)
        {
            if (!senders.TryGetValue(i.SenderUserId, out var who)) senders[i.SenderUserId] = who = await citizens.FindAsync(i.SenderUserId, ct);
            using var body = JsonDocument.Parse(i.Body);
            views.Add(new InboxItemDto(
                i.Id, i.Kind, i.Title, i.CaseSign, i.CreatedAt,
                new InboxSender(i.SenderUserId, who?.DisplayName, who?.Email, who?.Pesel, who?.Nip),
                body.RootElement.Clone(),
                InboxJson.Attachments(i.Attachments).Select((a, n) => new InboxAttachmentDto(n, a.FileName, a.ContentType, CasesApiRoutes.Attachment(i.Id, n))).ToList()));
        }
        return new InboxPage(views, more && views.Count > 0 ? views[^1].Id : null);
    }
}

/// <summary>One page of the pull; <paramref name="Next"/> is the "after" of the next page (null: this was the last).</summary>
internal sealed record InboxPage(IReadOnlyList<InboxItemDto> Items, Guid? Next);

internal sealed record InboxItemDto(Guid Id, string Kind, string Title, string? CaseSign, DateTimeOffset CreatedAt, InboxSender Sender, JsonElement Body,
    IReadOnlyList<InboxAttachmentDto> Attachments);

/// <summary>The citizen who sent the item (null fields: unknown or removed account).</summary>
internal sealed record InboxSender(Guid UserId, string? Name, string? Email, string? Pesel, string? Nip);

/// <summary>An attachment: its index, name, type and the path to fetch it (relative to the gmina's base address).</summary>
internal sealed record InboxAttachmentDto(int Index, string FileName, string ContentType, string Path);
