using System.Numerics;
using System.Text.RegularExpressions;

namespace Eboi.Core.Validation;

/// <summary>Checksums of Polish identifiers (PESEL, NIP, REGON, NRB), per shared/reference/domain-pl.md §1–4.</summary>
public static partial class PolishIds
{
    /// <summary>PESEL: 11 digits, checksum and a real birth date (a checksum alone is not enough).</summary>
    public static bool IsValidPesel(string? s) => TryParsePesel(s, out _, out _);

    public static bool TryParsePesel(string? s, out DateOnly birthDate, out bool female)
    {
        birthDate = default;
        female = false;
        s = s?.Trim();
        if (s is null || !ElevenDigits().IsMatch(s)) return false;
        int[] w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        var sum = 0;
        for (var i = 0; i < 10; i++) sum += (s[i] - '0') * w[i];
        if ((10 - sum % 10) % 10 != s[10] - '0') return false;
        int yy = int.Parse(s[..2]), mm = int.Parse(s[2..4]), dd = int.Parse(s[4..6]);
        var century = (mm / 20) switch { 0 => 1900, 1 => 2000, 2 => 2100, 3 => 2200, 4 => 1800, _ => -1 };
        var month = mm % 20;
        if (century < 0 || month is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(century + yy, month)) return false;
        birthDate = new DateOnly(century + yy, month, dd);
        female = (s[9] - '0') % 2 == 0;
        return true;
    }

    /// <summary>NIP: 10 digits (spaces, hyphens and a PL prefix allowed), mod 11, remainder 10 and all zeros invalid.</summary>
    public static bool IsValidNip(string? s) => NormalizeNip(s) is not null;

    /// <summary>The bare 10 digits of a valid NIP, or null.</summary>
    public static string? NormalizeNip(string? s)
    {
        if (s is null) return null;
        var n = Separators().Replace(s.Trim(), "").ToUpperInvariant();
        if (n.StartsWith("PL", StringComparison.Ordinal)) n = n[2..];
        if (!TenDigits().IsMatch(n) || n == "0000000000") return null;
        int[] w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (n[i] - '0') * w[i];
        return sum % 11 != 10 && sum % 11 == n[9] - '0' ? n : null;
    }

    /// <summary>REGON: 9 or 14 digits; a 14-digit REGON must also pass the 9-digit check.</summary>
    public static bool IsValidRegon(string? s)
    {
        if (s is null) return false;
        var r = Separators().Replace(s.Trim(), "");
        if (!RegonDigits().IsMatch(r)) return false;
        static int Check(string body, int[] w)
        {
            var sum = 0;
            for (var i = 0; i < w.Length; i++) sum += (body[i] - '0') * w[i];
            return sum % 11 % 10;
        }
        if (Check(r, [8, 9, 2, 3, 4, 5, 6, 7]) != r[8] - '0') return false;
        return r.Length == 9 || Check(r, [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8]) == r[13] - '0';
    }

    /// <summary>NRB (26 digits) or IBAN PL+NRB, spaces allowed: ISO 13616 mod-97.</summary>
    public static bool IsValidNrb(string? s)
    {
        if (s is null) return false;
        var n = Whitespace().Replace(s, "").ToUpperInvariant();
        if (n.StartsWith("PL", StringComparison.Ordinal)) n = n[2..];
        if (!NrbDigits().IsMatch(n)) return false;
        return BigInteger.Parse(n[2..] + "2521" + n[..2]) % 97 == 1;
    }

    [GeneratedRegex(@"^\d{11}$")] private static partial Regex ElevenDigits();
    [GeneratedRegex(@"^\d{10}$")] private static partial Regex TenDigits();
    [GeneratedRegex(@"^(\d{9}|\d{14})$")] private static partial Regex RegonDigits();
    [GeneratedRegex(@"^\d{26}$")] private static partial Regex NrbDigits();
    [GeneratedRegex(@"[\s-]")] private static partial Regex Separators();
    [GeneratedRegex(@"\s")] private static partial Regex Whitespace();
}
