using System.Text.RegularExpressions;

namespace Eboi.Email.Rendering;

/// <summary>The {{name}} syntax of templates: finding placeholders and spotting unclosed ones.</summary>
public static partial class PlaceholderSyntax
{
    // Anything between the braces is captured, so "{{ Imię }}" is reported as unknown instead of passing as text.
    [GeneratedRegex(@"\{\{\s*([^{}]*?)\s*\}\}", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>Distinct placeholder names in order of first use.</summary>
    public static IReadOnlyList<string> Names(string template) =>
        Pattern().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True when "{{" or "}}" remains after removing every well-formed placeholder.</summary>
    public static bool HasUnbalancedBraces(string template)
    {
        var rest = Pattern().Replace(template, "");
        return rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal);
    }
}
