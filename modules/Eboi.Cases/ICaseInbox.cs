namespace Eboi.Cases;

/// <summary>
/// The gmina's inbox for its EZD: what citizens send (messages to officers, submitted forms) waits here until the EZD
/// pulls it (GET /api/sprawy/skrzynka) and acknowledges it with its register number.
/// </summary>
public interface ICaseInbox
{
    /// <summary>
    /// Queues an item in the caller's unit of work: it is ADDED to the scoped EboiDbContext without saving, so the
    /// caller's SaveChanges (and transaction) commits it with the change that caused it. Returns the item's id.
    /// </summary>
    /// <exception cref="ArgumentException">An empty kind or title, or a body that is not a JSON object.</exception>
    Task<Guid> AddAsync(CaseInboxItem item, CancellationToken ct);

    /// <summary>
    /// Whether the item was acknowledged (by the EZD, or by staff who opened a case for it) and with which register
    /// number, and the case it belongs to when that is known; null for an unknown id.
    /// </summary>
    Task<CaseInboxStatus?> StatusAsync(Guid itemId, CancellationToken ct);
}

/// <summary>
/// What a citizen sent: <paramref name="Kind"/> (<see cref="CaseInboxKinds"/>), the sender's account, a title, the content
/// as a JSON object, the attachments (already in the file store) and the znak sprawy it concerns, if any.
/// </summary>
public sealed record CaseInboxItem(
    string Kind,
    Guid SenderUserId,
    string Title,
    string BodyJson,
    IReadOnlyList<CaseInboxAttachment> Attachments,
    string? CaseSign = null);

/// <summary>A file sent with an item: its key in the tenant's file store, the name the citizen gave it and its content type.</summary>
public sealed record CaseInboxAttachment(string FileKey, string FileName, string ContentType);

/// <summary>
/// Whether the item was taken (<paramref name="AcknowledgedAt"/>), the register number it got, and the case it belongs
/// to (<paramref name="CaseId"/>, <paramref name="CaseSign"/>) when that case is in the portal.
/// </summary>
public sealed record CaseInboxStatus(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset? AcknowledgedAt, string? RegisterNumber,
    Guid? CaseId = null, string? CaseSign = null);

/// <summary>Kinds of inbox items (sent to the EZD: never rename).</summary>
public static class CaseInboxKinds
{
    public const string Message = "wiadomosc";
    public const string Form = "formularz";
}
