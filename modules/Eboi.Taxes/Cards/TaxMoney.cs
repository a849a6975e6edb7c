using System.Globalization;

namespace Eboi.Taxes.Cards;

/// <summary>Polish money text: "1 234,56 zł", with no-break spaces so an amount never wraps.</summary>
internal static class TaxMoney
{
    private static readonly NumberFormatInfo Format = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0", NumberGroupSizes = [3] };

    public static string Zl(decimal amount) => amount.ToString("#,0.00", Format) + "\u00a0zł";

    /// <summary>"15.03.2026", as the gminy print due dates.</summary>
    public static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
