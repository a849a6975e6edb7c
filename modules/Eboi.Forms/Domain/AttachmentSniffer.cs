namespace Eboi.Forms.Domain;

/// <summary>
/// What an uploaded file is by its first bytes (its "magic"), never by its name or the browser's content type:
/// PDF, JPEG or PNG, the types an office can open and archive. Anything else is refused.
/// </summary>
internal static class AttachmentSniffer
{
    public const int HeaderLength = 8;

    public sealed record Kind(string ContentType, string Extension);

    public static readonly Kind Pdf = new("application/pdf", ".pdf");
    public static readonly Kind Jpeg = new("image/jpeg", ".jpg");
    public static readonly Kind Png = new("image/png", ".png");

    public static Kind? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return Pdf;
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return Jpeg;
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return Png;
        return null;
    }

    /// <summary>The Polish reason a file is refused, or null when it may be stored.</summary>
    public static string? Refusal(string label, long length, ReadOnlySpan<byte> head)
    {
        if (length == 0) return $"Wybrany plik jest pusty ({FormValidator.Lower(label)})";
        if (length > FieldLimits.AttachmentMaxBytes) return $"Plik musi być mniejszy niż {FieldLimits.AttachmentMaxBytes / 1024 / 1024} MB ({FormValidator.Lower(label)})";
        return Sniff(head) is null ? $"Plik musi być w formacie PDF, JPG albo PNG ({FormValidator.Lower(label)})" : null;
    }
}
