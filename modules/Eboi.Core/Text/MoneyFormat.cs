using System.Globalization;

namespace Eboi.Core.Text;

/// <summary>
/// Amounts as Polish readers write them: "1 234,56 zł" on pages and in mail (no-break spaces, so an amount never wraps),
/// "1234,56" in CSV for a Polish Excel.
/// </summary>
public static class MoneyFormat
{
    private static readonly NumberFormatInfo Polish = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0", NumberGroupSizes = [3] };

    public static string Zloty(decimal amount) => amount.ToString("#,0.00", Polish) + "\u00a0zł";

    public static string Plain(decimal amount) => amount.ToString("0.00", Polish);
}
