using P = Eboi.Email.PlaceholderNames;

namespace Eboi.Email.Domain;

/// <summary>The values every template may use (filled by <see cref="Rendering.StandardValues"/>) and the common signature.</summary>
internal static class StandardPlaceholders
{
    public static readonly IReadOnlyList<PlaceholderInfo> All =
    [
        new(P.Gmina, "nazwa gminy, np. „Gmina Siedlec”"),
        new(P.Urzad, "nazwa urzędu, np. „Urząd Gminy Siedlec”"),
        new(P.Adres, "adres urzędu w jednym wierszu"),
        new(P.Portal, "adres strony głównej portalu gminy", IsLink: true),
    ];

    /// <summary>How every default ends: who wrote it, where the office is, and that no one reads replies.</summary>
    public const string Signature = """


        Z poważaniem
        {{ urzad }}
        {{ adres }}
        {{ portal }}

        Ta wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.
        """;
}
