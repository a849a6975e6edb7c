namespace Eboi.Core.Security;

/// <summary>
/// The current tenant's citizen accounts as other modules may see them (implemented by Users): identity numbers and
/// verification state, so Taxes can link taxpayers to verified accounts. Reads only; tenant from the request or unit of work.
/// </summary>
public interface ICitizenDirectory
{
    /// <summary>One account by id, or null (unknown or blocked).</summary>
    Task<CitizenIdentity?> FindAsync(Guid userId, CancellationToken ct);

    /// <summary>Verified, unblocked accounts whose PESEL or NIP equals one given (empty values match nothing).</summary>
    Task<IReadOnlyList<CitizenIdentity>> FindVerifiedByPeselOrNipAsync(string? pesel, string? nip, CancellationToken ct);

    /// <summary>For staff: accounts whose name, e-mail, PESEL or NIP contains <paramref name="text"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<CitizenIdentity>> SearchAsync(string text, int limit, CancellationToken ct);
}

/// <summary>A citizen account: name to show, e-mail, PESEL (person) or NIP (company), and whether the office verified it.</summary>
public sealed record CitizenIdentity(Guid UserId, string DisplayName, string? Email, string? Pesel, string? Nip, bool IsVerified);
