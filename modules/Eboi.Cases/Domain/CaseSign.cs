using System.Globalization;
using System.Text.RegularExpressions;

namespace Eboi.Cases;

/// <summary>
/// A znak sprawy (instrukcja kancelaryjna 2011): unit, JRWA class symbol, optional podteczka, case number, year and
/// optional initials, joined by dots (e.g. <c>ABC-A.123.77.3.2011.JW</c>). <see cref="TryParse"/> follows the parser of
/// domain-pl.md §9, tolerating dotted unit symbols (<c>ON.I.301.1.2020</c>); <see cref="ToString"/> writes it back.
/// </summary>
public sealed partial record CaseSign(string Unit, string Jrwa, int? Subfolder, int Number, int Year, string? Initials)
{
    /// <summary>Longest sign accepted (a column and a route segment).</summary>
    public const int MaxLength = 100;

    /// <summary>Parses a sign; null when it is not one (the reason is not needed by callers: the sign is shown back).</summary>
    public static CaseSign? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sign = text.Trim();
        if (sign.Length > MaxLength) return null;
        var tokens = sign.Split('.');
        if (tokens.Any(t => t.Length == 0)) return null;

        var end = tokens.Length;
        string? initials = null;
        if (Letters().IsMatch(tokens[end - 1]))
        {
            initials = tokens[end - 1];
            end--;
        }
        // Year, case number and the JRWA symbol at least, plus a unit before them.
        if (end < 4) return null;
        if (!YearPattern().IsMatch(tokens[end - 1])) return null;
        var year = int.Parse(tokens[end - 1], CultureInfo.InvariantCulture);
        if (!Digits().IsMatch(tokens[end - 2]) || tokens[end - 2].Length > 9) return null;
        var number = int.Parse(tokens[end - 2], CultureInfo.InvariantCulture);
        if (number <= 0) return null;

        var jrwaAt = Array.FindIndex(tokens, 0, end - 2, t => Digits().IsMatch(t));
        if (jrwaAt <= 0) return null;
        var jrwa = tokens[jrwaAt];
        if (jrwa.Length > 4) return null;
        int? subfolder = null;
        var between = end - 2 - jrwaAt - 1;
        if (between > 1) return null;
        if (between == 1)
        {
            var sub = tokens[jrwaAt + 1];
            if (!Digits().IsMatch(sub) || sub.Length > 9) return null;
            subfolder = int.Parse(sub, CultureInfo.InvariantCulture);
        }
        var unit = string.Join('.', tokens[..jrwaAt]);
        if (!IsUnit(unit)) return null;
        return new CaseSign(unit, jrwa, subfolder, number, year, initials);
    }

    /// <summary>The sign of case <paramref name="number"/> of <paramref name="year"/> in a unit's JRWA class (no podteczka, no initials).</summary>
    public static CaseSign Generate(string unit, string jrwa, int number, int year)
    {
        if (!IsUnit(unit)) throw new ArgumentException($"'{unit}' is not an organisational-unit symbol.", nameof(unit));
        if (!IsJrwa(jrwa)) throw new ArgumentException($"'{jrwa}' is not a JRWA class symbol (1-4 digits).", nameof(jrwa));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        if (year is < 1000 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        return new CaseSign(unit, jrwa, null, number, year, null);
    }

    /// <summary>A unit designation: letters, digits, '-' and '.', with at least one letter, no empty part.</summary>
    public static bool IsUnit(string? unit) =>
        unit is { Length: > 0 and <= 40 } && UnitPattern().IsMatch(unit) && unit.Any(char.IsLetter);

    /// <summary>A JRWA class symbol: 1 to 4 digits, leading zeros kept.</summary>
    public static bool IsJrwa(string? jrwa) => jrwa is { Length: >= 1 and <= 4 } && Digits().IsMatch(jrwa);

    public override string ToString() =>
        string.Join('.', new[] { Unit, Jrwa, Subfolder?.ToString(CultureInfo.InvariantCulture), Number.ToString(CultureInfo.InvariantCulture),
            Year.ToString("0000", CultureInfo.InvariantCulture), Initials }.Where(p => p is not null));

    [GeneratedRegex(@"^\p{L}+$")]
    private static partial Regex Letters();

    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[0-9]{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^[\p{L}0-9]+([.-][\p{L}0-9]+)*$")]
    private static partial Regex UnitPattern();
}
