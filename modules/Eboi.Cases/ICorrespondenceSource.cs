namespace Eboi.Cases;

/// <summary>
/// A module's share of the citizen's /korespondencja (Odebrane, Wysłane, Robocze). Register with
/// <c>services.AddScoped&lt;ICorrespondenceSource, T&gt;()</c>; the page asks every registered source. Tenant from the request.
/// </summary>
public interface ICorrespondenceSource
{
    /// <summary>The user's entries in <paramref name="box"/>, any order (the page sorts by date, newest first); only the module's own records, so nothing shows twice.</summary>
    Task<IReadOnlyList<CorrespondenceEntry>> ListAsync(Guid userId, CorrespondenceBox box, CancellationToken ct);
}

/// <summary>The tabs of /korespondencja.</summary>
public enum CorrespondenceBox
{
    /// <summary>Odebrane: letters from the office.</summary>
    Received,

    /// <summary>Wysłane: what the citizen sent.</summary>
    Sent,

    /// <summary>Robocze: drafts not sent yet.</summary>
    Drafts,
}

/// <summary>
/// One row of a tab: when, what (title and a kind label such as "Pismo" or "Wiadomość"), where to open it (a path under
/// the tenant, e.g. "/sprawy/ON.I.301.1.2020"), the znak sprawy and the office's register number when known.
/// </summary>
public sealed record CorrespondenceEntry(
    DateTimeOffset Date,
    string Title,
    string KindLabel,
    string Link,
    string? CaseSign = null,
    string? RegisterNumber = null);
