using System.Text;
using System.Text.RegularExpressions;

namespace Eboi.Cases.Domain;

/// <summary>
/// What the portal accepts as a document file: a PDF by content, not by name: it starts with a header "%PDF-1.x" or
/// "%PDF-2.0" and ends with the "%%EOF" marker, within the size limit.
/// </summary>
internal static partial class PdfFile
{
    public const string ContentType = "application/pdf";

    /// <summary>Largest file accepted (a scanned decision of a few pages fits many times over).</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    // Writers may append a little after the last %%EOF (line ends, padding); 1 KiB is the usual tolerance of readers.
    private const int TailWindow = 1024;

    /// <summary>Null when <paramref name="content"/> is an acceptable PDF; else a Polish reason.</summary>
    public static string? Check(ReadOnlySpan<byte> content, string name)
    {
        if (content.Length == 0) return $"Plik {name} jest pusty.";
        if (content.Length > MaxBytes) return $"Plik {name} ma {content.Length / 1024 / 1024.0:0.#} MB; dozwolone najwyżej {MaxBytes / 1024 / 1024} MB.";
        var head = Encoding.ASCII.GetString(content[..Math.Min(16, content.Length)]);
        if (!Header().IsMatch(head)) return $"Plik {name} nie jest dokumentem PDF (brak nagłówka %PDF-); dozwolone są tylko pliki PDF.";
        var tail = Encoding.ASCII.GetString(content[Math.Max(0, content.Length - TailWindow)..]);
        if (!tail.Contains("%%EOF", StringComparison.Ordinal)) return $"Plik {name} jest niekompletnym dokumentem PDF (brak znacznika końca %%EOF).";
        return null;
    }

    /// <summary>A safe file name to offer for download: the given one without path, ending in .pdf.</summary>
    public static string SafeName(string? name)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/')).Trim();
        bare = new string(bare.Where(c => !char.IsControl(c) && c is not ('"' or '/')).ToArray());
        if (bare.Length == 0) bare = "dokument";
        if (bare.Length > 120) bare = bare[..120];
        return bare.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? bare : bare + ".pdf";
    }

    [GeneratedRegex(@"^%PDF-(1\.[0-7]|2\.0)")]
    private static partial Regex Header();
}
