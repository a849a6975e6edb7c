namespace Eboi.Taxes;

/// <summary>Routes of the taxes module (under the tenant's base path).</summary>
public static class TaxesPaths
{
    public const string MyCards = "/platnosci";
    public const string CardTemplate = "/platnosci/karty/{numer}";
    public const string TransferTemplate = "/platnosci/karty/{numer}/przelew";
    public const string AdminTaxpayers = "/admin/podatnicy";
    public const string AdminTaxpayerTemplate = "/admin/podatnicy/{id:guid}";
    public const string AdminImport = "/admin/podatki/import";

    public static string AdminTaxpayer(Guid id) => $"/admin/podatnicy/{id:N}";

    public static string Card(string number) => $"/platnosci/karty/{Uri.EscapeDataString(number)}";
    public static string Card(string number, string filter) => $"{Card(number)}?filtr={Uri.EscapeDataString(filter)}";
    public static string Transfer(string number) => $"{Card(number)}/przelew";
    public static string Transfer(string number, IEnumerable<Guid> instalments) => $"{Transfer(number)}?raty={string.Join(',', instalments.Select(i => i.ToString("N")))}";
}
