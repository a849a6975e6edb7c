using Eboi.Core.Liquid;
using Eboi.Email.Domain;
using Fluid;

namespace Eboi.Email.Rendering;

/// <summary>Renders a template's subject, text and HTML parts (Liquid, in <see cref="LiquidSandbox"/>) from one set of values.</summary>
internal static class EmailRenderer
{
    /// <exception cref="TemplateRenderException">The subject or body does not parse, or a render hits a sandbox limit.</exception>
    public static RenderedEmail Render(EmailTemplateDefinition definition, string subject, string body, IReadOnlyDictionary<string, string> values)
    {
        var subjectTemplate = Parse(subject);
        var bodyTemplate = Parse(body);
        var htmlTemplate = Parse(ValueMarkingEncoder.Strip(body));
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in TemplateSyntax.Of(subjectTemplate).UsedRoots.Concat(TemplateSyntax.Of(bodyTemplate).UsedRoots))
            if (!values.ContainsKey(name)) missing.Add(name);

        // A subject is one header line: line breaks in a value would end it (header injection), so they become spaces.
        var renderedSubject = string.Join(' ', LiquidSandbox.Render(subjectTemplate, LiquidSandbox.Context(values), NullEncoder.Default)
            .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var text = LiquidSandbox.Render(bodyTemplate, LiquidSandbox.Context(values), NullEncoder.Default).ReplaceLineEndings("\r\n");

        var safeValues = values.ToDictionary(v => v.Key, v => ValueMarkingEncoder.Strip(v.Value), StringComparer.Ordinal);
        var linkValues = definition.LinkPlaceholders.Select(safeValues.GetValueOrDefault).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var marked = LiquidSandbox.Render(htmlTemplate, LiquidSandbox.Context(safeValues), new ValueMarkingEncoder(linkValues));
        var html = HtmlRenderer.Render(marked, renderedSubject);
        return new RenderedEmail(renderedSubject, text, html, missing);
    }

    private static IFluidTemplate Parse(string source) =>
        LiquidSandbox.TryParse(source, out var template, out var error) ? template : throw new TemplateRenderException(error);
}
