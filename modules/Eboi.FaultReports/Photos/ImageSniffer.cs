namespace Eboi.FaultReports.Photos;

/// <summary>Recognises the accepted image formats by their first bytes (never by the file name or the browser's Content-Type).</summary>
internal static class ImageSniffer
{
    public enum Kind { None, Jpeg, Png, WebP }

    /// <summary>How many leading bytes <see cref="Sniff"/> needs.</summary>
    public const int HeaderLength = 12;

    public static Kind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return Kind.Jpeg;
        if (head.Length >= 8 && head[..8].SequenceEqual<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Kind.Png;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return Kind.WebP;
        return Kind.None;
    }
}
