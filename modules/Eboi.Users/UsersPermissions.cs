using Eboi.Core.Security;

namespace Eboi.Users;

/// <summary>The Users module's permissions; the audit log page lives here too.</summary>
public static class UsersPermissions
{
    public const string Manage = "users.manage";
    public const string Verify = "users.verify";
    public const string AuditView = "audit.view";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Manage, "Zarządzanie kontami: zakładanie, blokowanie, role"),
        new(Verify, "Weryfikacja kont (powiązanie z tożsamością)"),
        new(AuditView, "Przeglądanie dziennika zdarzeń"),
    ];
}
