namespace Eboi.Forms.Domain;

/// <summary>Default limits of field kinds and attachments.</summary>
internal static class FieldLimits
{
    public const int TextMax = 200;
    public const int LongTextMax = 5000;
    public const int AddressPartMax = 100;
    public const int FileNameMax = 200;

    /// <summary>One attachment: 10 MB is what ePUAP accepts per document and more than a scanned page needs.</summary>
    public const long AttachmentMaxBytes = 10 * 1024 * 1024;

    public static int MaxLengthOf(FormField f) => f.MaxLength ?? (f.Kind == FieldKind.LongText ? LongTextMax : TextMax);
}
