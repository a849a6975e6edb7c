using System.Globalization;
using System.Text;
using Eboi.Core.Validation;

namespace Eboi.Payments.Domain;

/// <summary>
/// The text of the ZBP "Standard 2D" QR code for a transfer (domain-pl.md §5): nine fields joined by "|", always eight
/// separators: recipient NIP | PL | NRB | amount in grosze (6 digits) | name (20) | title (32) | three empty reserves.
/// Lengths count characters; "|" never survives into a field; an amount above 9 999,99 zł leaves the amount to the
/// payer (000000), the safe choice where implementations disagree.
/// </summary>
internal static class TransferQrPayload
{
    public const int NameMax = 20;
    public const int TitleMax = 32;
    public const long MaxGrosze = 999_999;

    /// <param name="recipientNip">The gmina's (or urząd's) NIP as registered with its bank; null for a private recipient.</param>
    /// <param name="account">The NRB, with or without "PL" and spaces; must pass the mod-97 check.</param>
    /// <param name="amount">Złoty; null when the payer types the amount.</param>
    public static string Build(string? recipientNip, string account, decimal? amount, string recipientName, string title)
    {
        var nrb = new string(account.Where(char.IsDigit).ToArray());
        if (!PolishIds.IsValidNrb(nrb)) throw new ArgumentException($"'{account}' is not a valid NRB.", nameof(account));
        var nip = recipientNip is null ? "" : new string(recipientNip.Where(char.IsDigit).ToArray());
        if (nip.Length is not (0 or 10)) throw new ArgumentException("A NIP has 10 digits.", nameof(recipientNip));

        return string.Join('|', nip, "PL", nrb, Grosze(amount), Field(recipientName, NameMax), Field(title, TitleMax), "", "", "");
    }

    private static string Grosze(decimal? amount)
    {
        if (amount is not { } value) return "000000";
        if (value < 0) throw new ArgumentOutOfRangeException(nameof(amount), "An amount cannot be negative.");
        var grosze = (long)Math.Round(value * 100, MidpointRounding.AwayFromZero);
        return (grosze > MaxGrosze ? 0 : grosze).ToString("D6", CultureInfo.InvariantCulture);
    }

    // Line breaks and the separator become spaces; runs of spaces collapse; then the field is cut to its length.
    private static string Field(string text, int max)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            var safe = c is '|' || char.IsControl(c) ? ' ' : c;
            if (safe == ' ' && builder.Length > 0 && builder[^1] == ' ') continue;
            builder.Append(safe);
        }
        var result = builder.ToString();
        return result.Length <= max ? result : result[..max];
    }
}
