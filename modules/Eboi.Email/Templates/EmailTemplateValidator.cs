using System.Text.RegularExpressions;
using Eboi.Core.Liquid;
using Eboi.Email.Domain;
using Eboi.Email.Rendering;

namespace Eboi.Email.Templates;

/// <summary>
/// Checks a template edit: required fields, lengths, Liquid that parses, only the values this template allows, no
/// includes, and a trial render within the sandbox's limits. Messages are Polish, per field.
/// </summary>
internal static partial class EmailTemplateValidator
{
    public const string SubjectField = nameof(EmailTemplate.Subject);
    public const string BodyField = nameof(EmailTemplate.Body);
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 10_000;

    private static readonly System.Globalization.CultureInfo Polish = new("pl-PL");

    [GeneratedRegex(@"\((\d+):(\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Position();

    public static IReadOnlyList<TemplateFieldError> Validate(EmailTemplateDefinition definition, string? subject, string? body)
    {
        var errors = new List<TemplateFieldError>();
        if (string.IsNullOrWhiteSpace(subject)) errors.Add(new(SubjectField, "Wpisz temat wiadomości."));
        else
        {
            if (subject.Length > MaxSubjectLength) errors.Add(new(SubjectField, $"Temat może mieć najwyżej {MaxSubjectLength} znaków."));
            if (subject.Contains('\n') || subject.Contains('\r')) errors.Add(new(SubjectField, "Temat musi mieścić się w jednym wierszu."));
            errors.AddRange(CheckLiquid(definition, subject, SubjectField, "temacie"));
        }
        if (string.IsNullOrWhiteSpace(body)) errors.Add(new(BodyField, "Wpisz treść wiadomości."));
        else
        {
            if (body.Length > MaxBodyLength) errors.Add(new(BodyField, $"Treść może mieć najwyżej {MaxBodyLength.ToString("N0", Polish)} znaków."));
            errors.AddRange(CheckLiquid(definition, body, BodyField, "treści"));
        }
        return errors;
    }

    /// <summary>"{{ imie }}": how a value is written in a template (and in messages to editors).</summary>
    public static string Tag(string name) => $"{{{{ {name} }}}}";

    private static IEnumerable<TemplateFieldError> CheckLiquid(EmailTemplateDefinition definition, string text, string field, string where)
    {
        if (!LiquidSandbox.TryParse(text, out var template, out var parseError))
        {
            yield return new(field, $"Błąd zapisu w {where}{At(parseError)}: każde pole zapisz jako {Tag("nazwa")}, a polecenie jako {{% … %}}, "
                + "z dwoma nawiasami po obu stronach.");
            yield break;
        }
        var syntax = TemplateSyntax.Of(template);
        var unknown = syntax.UsedNames.Where(n => !definition.Allows(n)).ToList();
        if (unknown.Count > 0)
        {
            var allowed = string.Join(", ", definition.Placeholders.Select(p => Tag(p.Name)));
            var listed = string.Join(", ", unknown.Select(Tag));
            yield return new(field, unknown.Count == 1
                ? $"Nieznane pole {listed} w {where}. W tym szablonie można użyć: {allowed}."
                : $"Nieznane pola {listed} w {where}. W tym szablonie można użyć: {allowed}.");
        }
        if (syntax.HasStrayDelimiters)
            yield return new(field, $"Niedomknięte pole w {where}: każde pole zapisz jako {Tag("nazwa")}, z dwoma nawiasami po obu stronach.");
        if (syntax.ReadsFiles)
            yield return new(field, $"W {where} nie można dołączać innych plików (polecenia include i render).");
        else if (unknown.Count == 0 && TrialRenderFails(definition, template))
            yield return new(field, $"Szablon w {where} jest zbyt złożony: po wypełnieniu jest za długi albo pętla wykonuje się zbyt wiele razy.");
    }

    // Sample values as long as real ones may be, so a template that only explodes with data is caught when saved.
    private static bool TrialRenderFails(EmailTemplateDefinition definition, Fluid.IFluidTemplate template)
    {
        var sample = definition.Placeholders.ToDictionary(p => p.Name, _ => new string('x', 200), StringComparer.Ordinal);
        try
        {
            LiquidSandbox.Render(template, LiquidSandbox.Context(sample), Fluid.NullEncoder.Default);
            return false;
        }
        catch (TemplateRenderException)
        {
            return true;
        }
    }

    private static string At(string error) =>
        Position().Match(error) is { Success: true } m ? $" (wiersz {m.Groups[1].Value}, znak {m.Groups[2].Value})" : "";
}
