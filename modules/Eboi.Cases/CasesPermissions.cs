using Eboi.Core.Security;

namespace Eboi.Cases;

/// <summary>The cases module's staff permissions.</summary>
public static class CasesPermissions
{
    public const string View = "cases.view";
    public const string Manage = "cases.manage";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(View, "Sprawy: przeglądanie rejestru spraw, pism i wiadomości mieszkańców (każde otwarcie trafia do dziennika)"),
        new(Manage, "Sprawy: zakładanie spraw, wyznaczanie prowadzącego, etapy i pisma wychodzące"),
    ];
}
