using System.Globalization;
using Eboi.Forms.Domain;

namespace Eboi.Forms.Filling;

/// <summary>One answer as the review page, the citizen's copy and staff read it: the field, its label and the text to show.</summary>
internal sealed record AnswerRow(FormField Field, string Label, string Text);

/// <summary>Turns stored answers into readable rows in page order (Polish dates and numbers, "Tak"/"Nie", one line per address).</summary>
internal static class AnswerRows
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    public static IReadOnlyList<AnswerRow> Of(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> answers, IReadOnlyList<FormAttachment> files) =>
        [.. fields.Select(f => new AnswerRow(f, f.Label, Text(f, answers, files)))];

    public static string Text(FormField f, IReadOnlyDictionary<string, string> answers, IReadOnlyList<FormAttachment> files)
    {
        string? Get(string key) => answers.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        switch (f.Kind)
        {
            case FieldKind.Checkbox:
                return Get(f.Name) == "true" ? "Tak" : "Nie";
            case FieldKind.Attachment:
                var names = files.Where(a => a.Field == f.Name).Select(a => a.FileName).ToList();
                return names.Count > 0 ? string.Join(", ", names) : "";
            case FieldKind.Address:
                return Address(f.Name, Get);
            case FieldKind.Date:
                return DateOnly.TryParseExact(Get(f.Name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("dd.MM.yyyy", Pl) : "";
            case FieldKind.Number:
                return decimal.TryParse(Get(f.Name), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n.ToString("#,##0.##", Pl) : "";
            default:
                return Get(f.Name) ?? "";
        }
    }

    private static string Address(string field, Func<string, string?> get)
    {
        string? Part(string p) => get(AddressParts.Key(field, p));
        if (Part(AddressParts.Number) is null && Part(AddressParts.Town) is null) return "";
        var street = Part(AddressParts.Street) is { } s ? $"ul. {s} " : "";
        var flat = Part(AddressParts.Flat) is { } l ? $"/{l}" : "";
        var town = Part(AddressParts.Town);
        return $"{street}{Part(AddressParts.Number)}{flat}, {Part(AddressParts.PostCode)} {town}".Trim();
    }
}
