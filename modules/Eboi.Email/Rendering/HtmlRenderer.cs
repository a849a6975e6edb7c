using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Eboi.Email.Rendering;

/// <summary>
/// Builds the HTML part from the template rendered with <see cref="ValueMarkingEncoder"/>: blank lines in the editor's text
/// separate paragraphs, line breaks stay, URLs typed in the template and values of link placeholders become links.
/// Everything else is HTML-encoded, values included, so neither a template editor nor a user's name can inject markup.
/// </summary>
internal static partial class HtmlRenderer
{
    // Polish letters stay readable; markup characters and quotes are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    private const string TrailingPunctuation = ".,;:!?)]}'\"”»";

    private enum Kind { Text, Value, Link }

    private sealed record Segment(Kind Kind, string Content);

    /// <summary>A complete HTML document for the marked render; <paramref name="title"/> is the (already rendered) subject.</summary>
    internal static string Render(string marked, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"pl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>")
            .Append(Encoder.Encode(title))
            .Append("</title>\n</head>\n<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b;\">\n");
        foreach (var paragraph in Paragraphs(Segments(marked)))
        {
            if (paragraph.All(s => s.Content.Length == 0)) continue;
            html.Append("<p>");
            foreach (var segment in paragraph) AppendSegment(html, segment);
            html.Append("</p>\n");
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Splits the marked render into the editor's text and the values between marks; the ends are trimmed.</summary>
    private static List<Segment> Segments(string marked)
    {
        var segments = new List<Segment>();
        var at = 0;
        while (at < marked.Length)
        {
            var start = marked.IndexOfAny([ValueMarkingEncoder.ValueStart, ValueMarkingEncoder.LinkStart], at);
            if (start < 0) start = marked.Length;
            if (start > at) segments.Add(new(Kind.Text, marked[at..start]));
            if (start == marked.Length) break;
            var end = marked.IndexOf(ValueMarkingEncoder.End, start);
            if (end < 0) end = marked.Length;
            segments.Add(new(marked[start] == ValueMarkingEncoder.LinkStart ? Kind.Link : Kind.Value, marked[(start + 1)..end]));
            at = end + 1;
        }
        if (segments.Count > 0 && segments[0].Kind == Kind.Text) segments[0] = segments[0] with { Content = segments[0].Content.TrimStart() };
        if (segments.Count > 0 && segments[^1].Kind == Kind.Text) segments[^1] = segments[^1] with { Content = segments[^1].Content.TrimEnd() };
        return segments;
    }

    /// <summary>Paragraph breaks count only in the editor's text: a value with blank lines stays in its paragraph.</summary>
    private static List<List<Segment>> Paragraphs(List<Segment> segments)
    {
        var paragraphs = new List<List<Segment>> { new() };
        foreach (var segment in segments)
        {
            if (segment.Kind != Kind.Text)
            {
                paragraphs[^1].Add(segment);
                continue;
            }
            var pieces = ParagraphBreak().Split(segment.Content);
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0) paragraphs.Add([]);
                if (pieces[i].Length > 0) paragraphs[^1].Add(segment with { Content = pieces[i] });
            }
        }
        return paragraphs;
    }

    private static void AppendSegment(StringBuilder html, Segment segment)
    {
        switch (segment.Kind)
        {
            case Kind.Link when IsHttpUrl(segment.Content):
                AppendLink(html, segment.Content);
                break;
            case Kind.Text:
                AppendLinkified(html, segment.Content);
                break;
            default:
                AppendLines(html, segment.Content);
                break;
        }
    }

    private static void AppendLinkified(StringBuilder html, string text)
    {
        var at = 0;
        foreach (Match m in Url().Matches(text))
        {
            var url = m.Value.TrimEnd(TrailingPunctuation.ToCharArray());
            AppendLines(html, text[at..m.Index]);
            AppendLink(html, url);
            at = m.Index + url.Length;
        }
        AppendLines(html, text[at..]);
    }

    private static void AppendLines(StringBuilder html, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) html.Append("<br>\n");
            html.Append(Encoder.Encode(lines[i]));
        }
    }

    private static void AppendLink(StringBuilder html, string url)
    {
        var encoded = Encoder.Encode(url);
        html.Append("<a href=\"").Append(encoded).Append("\">").Append(encoded).Append("</a>");
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !value.Any(char.IsWhiteSpace);
}
