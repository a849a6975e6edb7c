using Eboi.Core.Liquid;
using Fluid;

namespace Eboi.Workflows.Engine;

/// <summary>
/// Text fields and conditions of workflows on Core's Liquid sandbox: the model is the event's flat values only (no
/// object, no file, no CLR member), with its step and time limits. A condition is evaluated as
/// <c>{% if condition %}1{% endif %}</c>, so it can be nothing but an expression.
/// </summary>
internal static class WorkflowLiquid
{
    /// <summary>Longest template or condition a setting may hold.</summary>
    public const int MaxLength = 4000;

    /// <summary>Renders plain text (no HTML encoding: the e-mail renderer encodes values itself).</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        if (!LiquidSandbox.TryParse(template, out var parsed, out var error))
            throw new TemplateRenderException($"Szablon nie daje się odczytać: {error}");
        return LiquidSandbox.Render(parsed, LiquidSandbox.Context(values), NullEncoder.Default);
    }

    /// <summary>True when the condition holds for <paramref name="values"/>.</summary>
    public static bool Evaluate(string condition, IReadOnlyDictionary<string, string> values)
    {
        if (ConditionProblem(condition, null) is { } problem) throw new TemplateRenderException(problem);
        return Render(Wrap(condition), values) == "1";
    }

    /// <summary>Why <paramref name="source"/> is not a usable template (Polish), or null; names must be among <paramref name="known"/> when given.</summary>
    public static string? TemplateProblem(string source, IReadOnlyCollection<string>? known)
    {
        if (source.Length > MaxLength) return $"Tekst może mieć najwyżej {MaxLength} znaków.";
        if (!LiquidSandbox.TryParse(source, out var parsed, out var error)) return $"Błąd w szablonie: {error}.";
        return SyntaxProblem(TemplateSyntax.Of(parsed), known);
    }

    /// <summary>Why <paramref name="condition"/> is not a usable condition (Polish), or null.</summary>
    public static string? ConditionProblem(string condition, IReadOnlyCollection<string>? known)
    {
        if (string.IsNullOrWhiteSpace(condition)) return "Wpisz warunek, np. status == \"nowe\".";
        if (condition.Length > MaxLength) return $"Warunek może mieć najwyżej {MaxLength} znaków.";
        // Only an expression: no closing of the "if" tag and no output or other tags smuggled in.
        if (condition.Contains("%}", StringComparison.Ordinal) || condition.Contains("{%", StringComparison.Ordinal)
            || condition.Contains("{{", StringComparison.Ordinal) || condition.Contains("}}", StringComparison.Ordinal))
            return "Warunek to samo wyrażenie, np. status == \"nowe\", bez znaków {{ }} ani {% %}.";
        if (!LiquidSandbox.TryParse(Wrap(condition), out var parsed, out var error)) return $"Błąd w warunku: {error}.";
        return SyntaxProblem(TemplateSyntax.Of(parsed), known);
    }

    private static string Wrap(string condition) => "{% if " + condition + " %}1{% endif %}";

    private static string? SyntaxProblem(TemplateSyntax syntax, IReadOnlyCollection<string>? known)
    {
        if (syntax.ReadsFiles) return "Szablon nie może dołączać innych plików (include, render).";
        if (syntax.HasStrayDelimiters) return "Nawiasy {{ }} nie są domknięte.";
        if (syntax.UsedNames.FirstOrDefault(n => n.Contains('.') || n.Contains('[')) is { } member)
            return $"Wartość „{member}” nie istnieje: wartości zdarzenia to zwykłe teksty bez pól.";
        if (known is not null && syntax.UsedRoots.FirstOrDefault(n => !known.Contains(n)) is { } unknown)
            return known.Count == 0
                ? $"Nieznana wartość „{unknown}”: to zdarzenie nie ma żadnych wartości."
                : $"Nieznana wartość „{unknown}”. Dostępne: {string.Join(", ", known)}.";
        return null;
    }
}
