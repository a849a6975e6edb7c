using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Eboi.Email.Rendering;

/// <summary>
/// Builds the HTML part from the template's plain text: blank lines separate paragraphs, line breaks stay, URLs typed in
/// the template and values of link placeholders become links. Everything else is HTML-encoded, values included, so
/// neither a template editor nor a user's name can inject markup.
/// </summary>
public static partial class HtmlRenderer
{
    // Polish letters stay readable; markup characters and quotes are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    private const string TrailingPunctuation = ".,;:!?)]}'\"”»";

    /// <summary>A complete HTML document for the body; <paramref name="title"/> is the (already rendered) subject.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> values, IReadOnlySet<string> linkPlaceholders,
        string title, ISet<string> missing)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"pl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>")
            .Append(Encoder.Encode(title))
            .Append("</title>\n</head>\n<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b;\">\n");
        foreach (var paragraph in ParagraphBreak().Split(template.Trim()))
        {
            if (paragraph.Length == 0) continue;
            html.Append("<p>");
            AppendParagraph(html, paragraph, values, linkPlaceholders, missing);
            html.Append("</p>\n");
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendParagraph(StringBuilder html, string paragraph, IReadOnlyDictionary<string, string> values,
        IReadOnlySet<string> linkPlaceholders, ISet<string> missing)
    {
        var at = 0;
        foreach (Match m in PlaceholderSyntax.Pattern().Matches(paragraph))
        {
            AppendText(html, paragraph[at..m.Index], linkify: true);
            var name = m.Groups[1].Value;
            var value = TextRenderer.Lookup(name, values, missing);
            if (linkPlaceholders.Contains(name) && IsHttpUrl(value)) AppendLink(html, value);
            else AppendText(html, value, linkify: false);
            at = m.Index + m.Length;
        }
        AppendText(html, paragraph[at..], linkify: true);
    }

    private static void AppendText(StringBuilder html, string text, bool linkify)
    {
        if (!linkify)
        {
            AppendLines(html, text);
            return;
        }
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
