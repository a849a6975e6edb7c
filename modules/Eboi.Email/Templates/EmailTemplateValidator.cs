using Eboi.Email.Domain;
using Eboi.Email.Rendering;

namespace Eboi.Email.Templates;

/// <summary>Checks a template edit: required fields, lengths, and only the placeholders this template allows.</summary>
public static class EmailTemplateValidator
{
    public const string SubjectField = nameof(EmailTemplate.Subject);
    public const string BodyField = nameof(EmailTemplate.Body);
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 10_000;

    private static readonly System.Globalization.CultureInfo Polish = new("pl-PL");

    public static IReadOnlyList<TemplateFieldError> Validate(EmailTemplateDefinition definition, string? subject, string? body)
    {
        var errors = new List<TemplateFieldError>();
        if (string.IsNullOrWhiteSpace(subject)) errors.Add(new(SubjectField, "Wpisz temat wiadomości."));
        else
        {
            if (subject.Length > MaxSubjectLength) errors.Add(new(SubjectField, $"Temat może mieć najwyżej {MaxSubjectLength} znaków."));
            if (subject.Contains('\n') || subject.Contains('\r')) errors.Add(new(SubjectField, "Temat musi mieścić się w jednym wierszu."));
            errors.AddRange(CheckPlaceholders(definition, subject, SubjectField, "temacie"));
        }
        if (string.IsNullOrWhiteSpace(body)) errors.Add(new(BodyField, "Wpisz treść wiadomości."));
        else
        {
            if (body.Length > MaxBodyLength) errors.Add(new(BodyField, $"Treść może mieć najwyżej {MaxBodyLength.ToString("N0", Polish)} znaków."));
            errors.AddRange(CheckPlaceholders(definition, body, BodyField, "treści"));
        }
        return errors;
    }

    private static IEnumerable<TemplateFieldError> CheckPlaceholders(EmailTemplateDefinition definition, string text, string field, string where)
    {
        var unknown = PlaceholderSyntax.Names(text).Where(n => !definition.Allows(n)).ToList();
        if (unknown.Count > 0)
        {
            var allowed = string.Join(", ", definition.Placeholders.Select(p => $"{{{{{p.Name}}}}}"));
            var listed = string.Join(", ", unknown.Select(n => $"{{{{{n}}}}}"));
            yield return new(field, unknown.Count == 1
                ? $"Nieznane pole {listed} w {where}. W tym szablonie można użyć: {allowed}."
                : $"Nieznane pola {listed} w {where}. W tym szablonie można użyć: {allowed}.");
        }
        if (PlaceholderSyntax.HasUnbalancedBraces(text))
            yield return new(field, $"Niedomknięte pole w {where}: każde pole zapisz jako {{{{nazwa}}}}, z dwoma nawiasami po obu stronach.");
    }
}
