using Eboi.Email.Domain;

namespace Eboi.Email.Rendering;

/// <summary>Renders a template's subject, text and HTML parts from one set of values.</summary>
public static class EmailRenderer
{
    public static RenderedEmail Render(EmailTemplateDefinition definition, string subject, string body, IReadOnlyDictionary<string, string> values)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        // A subject is one header line: line breaks in a value would end it (header injection), so they become spaces.
        var renderedSubject = string.Join(' ', TextRenderer.Render(subject, values, missing)
            .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var text = TextRenderer.Render(body, values, missing).ReplaceLineEndings("\r\n");
        var html = HtmlRenderer.Render(body, values, definition.LinkPlaceholders, renderedSubject, missing);
        return new RenderedEmail(renderedSubject, text, html, missing);
    }
}
