using Eboi.Core.Security;

namespace Eboi.Taxes;

/// <summary>The taxes module's staff permissions.</summary>
public static class TaxesPermissions
{
    public const string View = "taxes.view";
    public const string Import = "taxes.import";
    public const string Link = "taxes.link";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(View, "Kartoteki podatkowe: przeglądanie podatników i ich kart (każde otwarcie trafia do dziennika)"),
        new(Import, "Kartoteki podatkowe: import pliku CSV z systemu podatkowego"),
        new(Link, "Kartoteki podatkowe: łączenie podatników z kontami mieszkańców i rozłączanie"),
    ];
}
