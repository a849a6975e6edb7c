namespace Eboi.IntegrationTests.Security;

/// <summary>How a caller stands to the tenant under test (A): outside it, inside it, in the other tenant, or host operator.</summary>
public enum CallerKind
{
    Anonymous,
    Member,
    Foreign,
    Operator,
}

/// <summary>Where a request goes: host level ("/admin") or inside tenant A ("/kozy/admin").</summary>
public enum Place
{
    Host,
    Tenant,
}

/// <summary>
/// One caller of the matrix with the raw value of the cookie its login issued. It presents that cookie under every
/// name that could matter where it calls, as an attacker copying it would (a browser would not send it elsewhere).
/// </summary>
public sealed record MatrixCaller(string Name, CallerKind Kind, IReadOnlySet<string> Permissions, string? AuthCookie)
{
    public static readonly MatrixCaller Anonymous = new("anonymous", CallerKind.Anonymous, new HashSet<string>(), null);

    public string? CookieHeader(Place place, string tenant) => AuthCookie is null ? null : (Kind, place) switch
    {
        (CallerKind.Operator, Place.Host) => $".eboi.operator={AuthCookie}",
        (CallerKind.Operator, Place.Tenant) => $".eboi.operator={AuthCookie}; .eboi.konto.{tenant}={AuthCookie}",
        (_, Place.Tenant) => $".eboi.konto.{tenant}={AuthCookie}",
        (_, Place.Host) => $".eboi.operator={AuthCookie}; .eboi.konto={AuthCookie}",
        _ => throw new ArgumentOutOfRangeException(nameof(place)),
    };

    public override string ToString() => Name;
}
