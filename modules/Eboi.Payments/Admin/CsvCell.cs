using System.Text;

namespace Eboi.Payments.Admin;

/// <summary>
/// One CSV cell, safe to open in a spreadsheet: a value starting with = + - @ tab or CR gets a leading apostrophe so
/// it is never run as a formula (OWASP CSV injection), then it is quoted when it holds a separator, quote or newline.
/// </summary>
internal static class CsvCell
{
    public const char Separator = ';';

    public static string Format(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        var needsQuotes = text.IndexOfAny([Separator, '"', '\n', '\r', ',']) >= 0;
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    /// <summary>One CSV row of <paramref name="cells"/>, ended with CRLF.</summary>
    public static string Row(IEnumerable<string?> cells)
    {
        var sb = new StringBuilder();
        foreach (var cell in cells)
        {
            if (sb.Length > 0) sb.Append(Separator);
            sb.Append(Format(cell));
        }
        return sb.Append("\r\n").ToString();
    }
}
