namespace Eboi.Core.Text;

/// <summary>A file's size as people read it in Polish: "512 B", "8,5 kB", "2,3 MB" (never "0 kB" for a small file).</summary>
public static class FileSizeFormat
{
    private const double Kilo = 1024;

    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / Kilo).ToString("0.#", PolishTime.Culture) + " kB",
        _ => (bytes / Kilo / Kilo).ToString("0.#", PolishTime.Culture) + " MB",
    };
}
