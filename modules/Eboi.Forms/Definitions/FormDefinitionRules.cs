using System.Text.RegularExpressions;
using Eboi.Forms.Domain;

namespace Eboi.Forms.Definitions;

/// <summary>What makes a form definition usable (recipes and the form builder): named, unique fields, options for lists, sane limits.</summary>
internal static partial class FormDefinitionRules
{
    public const int MaxFields = 60;

    /// <summary>Targets of problems that are not one field's: the title, the department, the field list.</summary>
    public const int Title = -1, Department = -2, FieldList = -3;

    /// <summary>Problems as (field index, or <see cref="Title"/>, <see cref="Department"/>, <see cref="FieldList"/>; Polish message).</summary>
    public static IReadOnlyList<(int Field, string Message)> Check(string title, string department, IReadOnlyList<FormField> fields)
    {
        var errors = new List<(int, string)>();
        if (string.IsNullOrWhiteSpace(title)) errors.Add((Title, "Wpisz nazwę formularza."));
        if (string.IsNullOrWhiteSpace(department)) errors.Add((Department, "Wpisz wydział lub referat, do którego trafia formularz."));
        if (fields.Count == 0) errors.Add((FieldList, "Formularz musi mieć co najmniej jedno pole."));
        if (fields.Count > MaxFields) errors.Add((FieldList, $"Formularz może mieć najwyżej {MaxFields} pól."));
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            if (!FieldName().IsMatch(f.Name)) errors.Add((i, $"Pole {i + 1}: nazwa to małe litery, cyfry i podkreślenia, zaczyna się literą (np. imie_nazwisko)."));
            else if (fields.Take(i).Any(o => o.Name == f.Name)) errors.Add((i, $"Pole {i + 1}: nazwa „{f.Name}” powtarza się."));
            if (string.IsNullOrWhiteSpace(f.Label)) errors.Add((i, $"Pole {i + 1}: wpisz etykietę."));
            if (f.Kind == FieldKind.Select && (f.Options is null || f.Options.Count == 0 || f.Options.Any(string.IsNullOrWhiteSpace)))
                errors.Add((i, $"Pole {i + 1} („{f.Label}”): lista wyboru potrzebuje co najmniej jednej odpowiedzi."));
            if (f.MinLength is { } min && f.MaxLength is { } max && min > max) errors.Add((i, $"Pole {i + 1}: najmniejsza długość jest większa niż największa."));
            if (f.Min is { } lo && f.Max is { } hi && lo > hi) errors.Add((i, $"Pole {i + 1}: najmniejsza wartość jest większa niż największa."));
            if (f.Pattern is { Length: > 0 } pattern && !IsRegex(pattern)) errors.Add((i, $"Pole {i + 1}: wzorzec nie jest poprawnym wyrażeniem regularnym."));
        }
        return errors;
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex FieldName();
}
