using System.Globalization;

namespace Eboi.Payments.Display;

/// <summary>Amounts as Polish readers write them: "1 234,56 zł" (non-breaking spaces) on pages and in mail, "1234,56" in CSV for a Polish Excel.</summary>
internal static class Zloty
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static string Format(decimal amount) => amount.ToString("#,##0.00", Polish).Replace('\u202F', '\u00A0').Replace(' ', '\u00A0') + "\u00A0zł";

    public static string Plain(decimal amount) => amount.ToString("0.00", Polish);
}
