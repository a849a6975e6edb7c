using System.Net;
using Eboi.HostPanel;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Security;

/// <summary>
/// Who may open a route, as the expectation table states it; each kind says what every caller must get.
/// Tenant pages are called inside tenant A, host pages at host level, pages of any scope in both places.
/// </summary>
public abstract record Access
{
    public abstract Answer For(MatrixCaller caller, Place place, string tenant);

    /// <summary>Page handlers that need a permission beyond the page's own (e.g. Publish needs content.publish).</summary>
    public IReadOnlyDictionary<string, string> HandlerPermissions { get; private init; } = new Dictionary<string, string>();

    public Access WithHandlers(string permission, params string[] handlers) => this with
    {
        HandlerPermissions = new Dictionary<string, string>(HandlerPermissions.Concat(handlers.Select(h => KeyValuePair.Create(h, permission)))),
    };

    /// <summary>200 for everyone, whatever cookie they present.</summary>
    public static readonly Access Public = new PublicAccess();

    /// <summary>Any signed-in account of this tenant; the other tenant's cookie gets 403, no cookie the login page.</summary>
    public static readonly Access SignedIn = new PermissionAccess(null);

    /// <summary>Staff of this tenant holding any permission (the panel's home).</summary>
    public static readonly Access Staff = new PermissionAccess("*");

    /// <summary>Staff of this tenant holding the permission.</summary>
    public static Access Permission(string permission) => new PermissionAccess(permission);

    /// <summary>The hosting provider's panel: operators only; everyone else goes to /admin/logowanie.</summary>
    public static readonly Access Operator = new OperatorAccess();

    /// <summary>A page opened from an e-mailed link: without a valid token it explains so (200), to anyone, never 500.</summary>
    public static readonly Access TokenLink = new TokenLinkAccess();

    /// <summary>A signed-in citizen's own record (a tax card by number, a payment by id) named by one they do not own: 404 to members of this tenant, 403 to another tenant's cookie, the login page without one.</summary>
    public static readonly Access OwnRecord = new OwnRecordAccess();

    /// <summary>A staff page of one record named by an id that does not exist: 404 to members holding the permission, 403 to other members and other tenants' cookies, the login page without one.</summary>
    public static Access PermissionMissingRecord(string permission) => new PermissionMissingRecordAccess(permission);

    /// <summary>The same fixed answer for everyone (an error page that answers its own code).</summary>
    public static Access Fixed(HttpStatusCode code) => new FixedAccess(code);

    private sealed record PublicAccess : Access
    {
        public override Answer For(MatrixCaller caller, Place place, string tenant) => Answer.Ok;
    }

    private sealed record TokenLinkAccess : Access
    {
        public override Answer For(MatrixCaller caller, Place place, string tenant) => Answer.Ok;
    }

    private sealed record FixedAccess(HttpStatusCode Code) : Access
    {
        public override Answer For(MatrixCaller caller, Place place, string tenant) => Answer.Status(Code);
    }

    private sealed record PermissionAccess(string? Required) : Access
    {
        public override Answer For(MatrixCaller caller, Place place, string tenant) => caller.Kind switch
        {
            CallerKind.Member when Required is null => Answer.Ok,
            CallerKind.Member when Required == "*" => caller.Permissions.Count > 0 ? Answer.Ok : Answer.Forbidden,
            CallerKind.Member => caller.Permissions.Contains(Required) ? Answer.Ok : Answer.Forbidden,
            CallerKind.Foreign => Answer.Forbidden,
            _ => Answer.RedirectTo($"/{tenant}{UserPaths.Login}"),
        };
    }

    private sealed record OwnRecordAccess : Access
    {
        public override Answer For(MatrixCaller caller, Place place, string tenant) => caller.Kind switch
        {
            CallerKind.Member => Answer.Status(HttpStatusCode.NotFound),
            CallerKind.Foreign => Answer.Forbidden,
            _ => Answer.RedirectTo($"/{tenant}{UserPaths.Login}"),
        };
    }

    private sealed record PermissionMissingRecordAccess(string Required) : Access
    {
        public override Answer For(MatrixCaller caller, Place place, string tenant) => caller.Kind switch
        {
            CallerKind.Member => caller.Permissions.Contains(Required) ? Answer.Status(HttpStatusCode.NotFound) : Answer.Forbidden,
            CallerKind.Foreign => Answer.Forbidden,
            _ => Answer.RedirectTo($"/{tenant}{UserPaths.Login}"),
        };
    }

    private sealed record OperatorAccess : Access
    {
        public override Answer For(MatrixCaller caller, Place place, string tenant) =>
            caller.Kind == CallerKind.Operator ? Answer.Ok : Answer.RedirectTo(HostPanelPaths.Login);
    }
}
