using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace Eboi.FaultReports.Admin.Categories;

/// <summary>What a category must satisfy, with the Polish messages shown next to the fields, and the key a new one gets. Pure.</summary>
internal static class CategoryRules
{
    public const int NameMax = 100;
    public const int DepartmentMax = 150;
    public const int KeyMax = 60;

    /// <summary>Field names as the form posts them, in page order (for the error summary).</summary>
    public static readonly string[] InPageOrder = [nameof(CategoryForm.Name), nameof(CategoryForm.DepartmentName), nameof(CategoryForm.DepartmentEmail)];

    public static List<(string Field, string Message)> Check(CategoryForm form)
    {
        var errors = new List<(string, string)>();
        var name = form.Name?.Trim() ?? "";
        var department = form.DepartmentName?.Trim() ?? "";
        var email = form.DepartmentEmail?.Trim() ?? "";
        if (name.Length == 0) errors.Add((nameof(CategoryForm.Name), "Podaj nazwę kategorii, np. Drogi i chodniki."));
        else if (name.Length > NameMax) errors.Add((nameof(CategoryForm.Name), $"Nazwa może mieć najwyżej {NameMax} znaków (ma {name.Length})."));
        if (department.Length == 0) errors.Add((nameof(CategoryForm.DepartmentName), "Podaj nazwę działu, który zajmuje się tą kategorią."));
        else if (department.Length > DepartmentMax) errors.Add((nameof(CategoryForm.DepartmentName), $"Nazwa działu może mieć najwyżej {DepartmentMax} znaków (ma {department.Length})."));
        if (email.Length == 0) errors.Add((nameof(CategoryForm.DepartmentEmail), "Podaj adres e-mail działu: tam trafiają powiadomienia o nowych zgłoszeniach."));
        else if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
            errors.Add((nameof(CategoryForm.DepartmentEmail), "Wpisz adres e-mail w poprawnej postaci, np. drogi@gmina.pl."));
        return errors;
    }

    /// <summary>A stable key from the name ("Zieleń miejska" → "zielen-miejska"); "kategoria" when nothing is left.</summary>
    public static string KeyFor(string name)
    {
        var folded = name.Trim().ToLowerInvariant().Replace('ł', 'l').Normalize(NormalizationForm.FormD);
        var key = new StringBuilder();
        foreach (var ch in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') key.Append(ch);
            else if (key.Length > 0 && key[^1] != '-') key.Append('-');
        }
        var result = key.ToString().Trim('-');
        if (result.Length > KeyMax) result = result[..KeyMax].TrimEnd('-');
        return result.Length == 0 ? "kategoria" : result;
    }
}
