using System.Globalization;
using System.Text.RegularExpressions;
using Eboi.Core.Validation;

namespace Eboi.Forms.Domain;

/// <summary>
/// Checks a citizen's answers against a form version (GOV.UK style: one specific Polish message per input, using the
/// label's words) and normalizes what passes: trimmed text, bare PESEL and NIP digits, "NN-NNN" post codes, ISO dates
/// and invariant numbers. Spaces and hyphens in numbers and codes are accepted. Pure: no I/O.
/// </summary>
internal static partial class FormValidator
{
    /// <summary>The outcome: normalized answers (only keys of the form, empty ones dropped) and the errors in page order.</summary>
    public sealed record Result(IReadOnlyDictionary<string, string> Answers, IReadOnlyList<FieldError> Errors)
    {
        public bool IsValid => Errors.Count == 0;
    }

    public static Result Check(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?> answers, IReadOnlySet<string> attached)
    {
        var clean = new Dictionary<string, string>();
        var errors = new List<FieldError>();
        foreach (var f in fields)
        {
            if (f.Kind == FieldKind.Address)
            {
                CheckAddress(f, answers, clean, errors);
                continue;
            }
            if (f.Kind == FieldKind.Attachment)
            {
                if (f.Required && !attached.Contains(f.Name)) errors.Add(new(f.Name, $"Dołącz plik: {Lower(f.Label)}"));
                continue;
            }
            var raw = answers.TryGetValue(f.Name, out var v) ? v?.Trim() ?? "" : "";
            if (f.Kind == FieldKind.Checkbox)
            {
                var ticked = raw is "true" or "on";
                if (f.Required && !ticked) errors.Add(new(f.Name, $"Zaznacz pole „{f.Label}”"));
                if (ticked) clean[f.Name] = "true";
                continue;
            }
            if (raw.Length == 0)
            {
                if (f.Required) errors.Add(new(f.Name, EmptyMessage(f)));
                continue;
            }
            var (value, error) = CheckOne(f, raw);
            if (error is not null) errors.Add(new(f.Name, error));
            else clean[f.Name] = value!;
        }
        return new(clean, errors);
    }

    private static (string? Value, string? Error) CheckOne(FormField f, string raw)
    {
        switch (f.Kind)
        {
            case FieldKind.Number:
                var n = Spaces().Replace(raw, "").Replace(',', '.');
                if (!decimal.TryParse(n, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    return (null, $"{f.Label} musi być liczbą, np. 12 albo 12,5");
                if (f.Min is { } min && number < min) return (null, $"{f.Label} musi wynosić co najmniej {Polish(min)}");
                if (f.Max is { } max && number > max) return (null, $"{f.Label} może wynosić najwyżej {Polish(max)}");
                return (number.ToString(CultureInfo.InvariantCulture), null);
            case FieldKind.Date:
                if (!DateOnly.TryParseExact(raw, ["yyyy-MM-dd", "d.M.yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return (null, $"{f.Label} musi być prawdziwą datą, np. 15.03.2026");
                return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
            case FieldKind.Select:
                return f.Options?.Contains(raw) == true ? (raw, null) : (null, $"Wybierz z listy: {Lower(f.Label)}");
            case FieldKind.Pesel:
                var pesel = Separators().Replace(raw, "");
                if (!Digits().IsMatch(pesel) || pesel.Length != 11) return (null, $"{f.Label} musi mieć 11 cyfr");
                return PolishIds.IsValidPesel(pesel) ? (pesel, null) : (null, $"{f.Label}: cyfra kontrolna albo data urodzenia się nie zgadza; sprawdź, czy nie ma literówki");
            case FieldKind.Nip:
                var digits = Separators().Replace(raw, "").ToUpperInvariant();
                if (digits.StartsWith("PL", StringComparison.Ordinal)) digits = digits[2..];
                if (!Digits().IsMatch(digits) || digits.Length != 10) return (null, $"{f.Label} musi mieć 10 cyfr");
                return PolishIds.NormalizeNip(digits) is { } nip ? (nip, null) : (null, $"{f.Label}: cyfra kontrolna się nie zgadza; sprawdź, czy nie ma literówki");
            default:
                return CheckText(f, raw);
        }
    }

    private static (string? Value, string? Error) CheckText(FormField f, string raw)
    {
        var max = FieldLimits.MaxLengthOf(f);
        if (raw.Length > max) return (null, $"{f.Label} może mieć najwyżej {max} znaków");
        if (f.MinLength is { } min && raw.Length < min) return (null, $"{f.Label} musi mieć co najmniej {min} znaków");
        if (f.Pattern is { Length: > 0 } pattern && !Regex.IsMatch(raw, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromMilliseconds(100)))
            return (null, f.PatternMessage ?? $"{f.Label} ma nieodpowiedni format");
        return (raw, null);
    }

    private static void CheckAddress(FormField f, IReadOnlyDictionary<string, string?> answers, Dictionary<string, string> clean, List<FieldError> errors)
    {
        var parts = AddressParts.All.ToDictionary(p => p.Part, p => answers.TryGetValue(AddressParts.Key(f.Name, p.Part), out var v) ? v?.Trim() ?? "" : "");
        // An optional address left wholly empty is no answer; once started, it must be whole.
        if (!f.Required && parts.Values.All(v => v.Length == 0)) return;
        foreach (var (part, label, required) in AddressParts.All)
        {
            var key = AddressParts.Key(f.Name, part);
            var value = parts[part];
            if (value.Length == 0)
            {
                if (required) errors.Add(new(key, part == AddressParts.PostCode ? "Wpisz kod pocztowy, np. 34-325" : $"Wpisz: {Lower(label)} ({Lower(f.Label)})"));
                continue;
            }
            if (part == AddressParts.PostCode)
            {
                var code = Separators().Replace(value, "");
                if (!Digits().IsMatch(code) || code.Length != 5)
                {
                    errors.Add(new(key, "Kod pocztowy musi mieć format NN-NNN, np. 34-325"));
                    continue;
                }
                value = $"{code[..2]}-{code[2..]}";
            }
            else if (value.Length > FieldLimits.AddressPartMax)
            {
                errors.Add(new(key, $"{label} może mieć najwyżej {FieldLimits.AddressPartMax} znaków"));
                continue;
            }
            clean[key] = value;
        }
    }

    private static string EmptyMessage(FormField f) => f.Kind switch
    {
        FieldKind.Select => $"Wybierz: {Lower(f.Label)}",
        FieldKind.Date => $"Wpisz datę: {Lower(f.Label)}",
        _ => $"Wpisz: {Lower(f.Label)}",
    };

    /// <summary>"Imię i nazwisko" reads "imię i nazwisko" inside a sentence; "PESEL" stays an acronym.</summary>
    internal static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    private static string Polish(decimal d) => d.ToString("0.##", CultureInfo.GetCultureInfo("pl-PL"));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();
}
