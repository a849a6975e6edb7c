using System.Text.Encodings.Web;

namespace Eboi.Email.Rendering;

/// <summary>
/// The "encoder" of the HTML render: instead of encoding, it wraps every value Liquid outputs in private-use marks, so
/// <see cref="HtmlRenderer"/> can tell the editor's text (encoded, typed URLs linked) from values (encoded, linked only
/// when the output is exactly a link placeholder's value, so every href is a URL the portal itself passed). Filtered
/// values are values too; "raw" is overridden in the sandbox.
/// </summary>
internal sealed class ValueMarkingEncoder(IReadOnlySet<string> linkValues) : TextEncoder
{
    public const char ValueStart = '\uE000';
    public const char LinkStart = '\uE001';
    public const char End = '\uE002';

    public override void Encode(TextWriter output, string value, int startIndex, int characterCount) =>
        output.Write(Mark(value.Substring(startIndex, characterCount)));

    public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount) =>
        output.Write(Mark(new string(value, startIndex, characterCount)));

    public override string Encode(string value) => Mark(value);

    private string Mark(string value) => $"{(linkValues.Contains(value) ? LinkStart : ValueStart)}{Strip(value)}{End}";

    // TextEncoder's abstract members are pointer-based (hence AllowUnsafeBlocks in the project); none dereferences a
    // pointer. They say "encode nothing", which is never consulted since the three Encode overloads above are replaced.
    public override int MaxOutputCharactersPerInputCharacter => 1;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) => -1;

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        numberOfCharactersWritten = 0;
        return false;
    }

    public override bool WillEncode(int unicodeScalar) => false;

    /// <summary>Removes the marks from text that goes into a render, so no input can forge them.</summary>
    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny(ValueStart, LinkStart, End) < 0 ? text : text.Replace(ValueStart.ToString(), "").Replace(LinkStart.ToString(), "").Replace(End.ToString(), "");
}
