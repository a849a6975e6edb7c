using Eboi.Core.Security;

namespace Eboi.ApiKeys;

/// <summary>The API keys module's permission.</summary>
public static class ApiKeysPermissions
{
    public const string Manage = "apikeys.manage";

    public static readonly IReadOnlyList<PermissionDefinition> All =
        [new(Manage, "Klucze API dla systemów zewnętrznych: wydawanie i unieważnianie")];
}
