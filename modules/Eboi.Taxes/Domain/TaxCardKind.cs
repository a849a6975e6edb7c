namespace Eboi.Taxes.Domain;

/// <summary>The kinds of kartoteka the gmina keeps (issue 10 §1); stored as text.</summary>
internal enum TaxCardKind
{
    PodatekOdNieruchomosci,
    PodatekRolny,
    PodatekLesny,
    LaczneZobowiazaniePieniezne,
    OplataZaOdpady,
    PodatekOdSrodkowTransportowych,
    DzierzawaNajem,
}

/// <summary>Polish labels and import codes of <see cref="TaxCardKind"/>.</summary>
internal static class TaxCardKinds
{
    public static string Label(TaxCardKind kind) => kind switch
    {
        TaxCardKind.PodatekOdNieruchomosci => "Podatek od nieruchomości",
        TaxCardKind.PodatekRolny => "Podatek rolny",
        TaxCardKind.PodatekLesny => "Podatek leśny",
        TaxCardKind.LaczneZobowiazaniePieniezne => "Łączne zobowiązanie pieniężne",
        TaxCardKind.OplataZaOdpady => "Opłata za gospodarowanie odpadami komunalnymi",
        TaxCardKind.PodatekOdSrodkowTransportowych => "Podatek od środków transportowych",
        TaxCardKind.DzierzawaNajem => "Dzierżawa / najem",
        _ => kind.ToString(),
    };

    /// <summary>The code used by the import API, CSV and recipes ("nieruchomosci", "rolny", ...).</summary>
    public static string Code(TaxCardKind kind) => kind switch
    {
        TaxCardKind.PodatekOdNieruchomosci => "nieruchomosci",
        TaxCardKind.PodatekRolny => "rolny",
        TaxCardKind.PodatekLesny => "lesny",
        TaxCardKind.LaczneZobowiazaniePieniezne => "lzp",
        TaxCardKind.OplataZaOdpady => "odpady",
        TaxCardKind.PodatekOdSrodkowTransportowych => "transport",
        TaxCardKind.DzierzawaNajem => "dzierzawa",
        _ => kind.ToString(),
    };

    public static TaxCardKind? FromCode(string? code) =>
        Enum.GetValues<TaxCardKind>().Cast<TaxCardKind?>().FirstOrDefault(k => Code(k!.Value) == code?.Trim().ToLowerInvariant());
}
