namespace Eboi.Forms.Domain;

/// <summary>The sub-answers of an address field: keys are "{field}.{part}" (names are stored in answers: never rename).</summary>
internal static class AddressParts
{
    public const string Street = "ulica";
    public const string Number = "numer";
    public const string Flat = "lokal";
    public const string PostCode = "kod";
    public const string Town = "miejscowosc";

    public static readonly IReadOnlyList<(string Part, string Label, bool Required)> All =
    [
        (Street, "Ulica", false),
        (Number, "Numer domu", true),
        (Flat, "Numer lokalu", false),
        (PostCode, "Kod pocztowy", true),
        (Town, "Miejscowość", true),
    ];

    public static string Key(string field, string part) => $"{field}.{part}";
}
