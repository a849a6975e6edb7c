namespace Eboi.Catalog.Admin;

/// <summary>
/// Checks a submitted card and returns the errors by field (paths relative to the form, e.g. "Forms[1].Url") with
/// Polish messages that say how to fix them (GOV.UK style). Pure: uniqueness of the address is checked by the editor.
/// </summary>
internal static class ServiceCardRules
{
    public const int TitleMax = 200;
    public const int SummaryMax = 300;
    public const int LineMax = 500;
    public const int UrlMax = 2000;

    /// <summary>Fields in the order the form shows them (the error summary lists errors in this order).</summary>
    private static readonly string[] FieldOrder =
    [
        "", "Title", "Slug", "Category", "Summary", "Online", "Description", "WhoMayApply", "RequiredDocuments", "Fees", "TimeLimit",
        "Place.Office", "Place.Room", "Place.Hours", "Forms", "EpuapUrl", "Appeal", "LegalBasis", "Keywords",
    ];

    /// <summary>Sort key of a field path: its place on the form, then the path ("Forms[0].Url" before "Forms[1].Title").</summary>
    public static (int, string) Position(string field)
    {
        var head = field.Split('[')[0];
        var i = Array.IndexOf(FieldOrder, head);
        return (i >= 0 ? i : FieldOrder.Length, field);
    }

    public static IReadOnlyList<(string Field, string Message)> Check(ServiceCardForm form, IReadOnlyCollection<string> categories)
    {
        var errors = new List<(string, string)>();
        void Error(string field, string message) => errors.Add((field, message));

        var title = ServiceCardForm.Clean(form.Title);
        if (title.Length == 0) Error(nameof(form.Title), "Wpisz nazwę usługi.");
        else if (title.Length > TitleMax) Error(nameof(form.Title), $"Nazwa usługi może mieć najwyżej {TitleMax} znaków.");

        var slug = ServiceCardForm.Clean(form.Slug);
        if (slug.Length > 0 && !ServiceSlug.IsValid(slug))
            Error(nameof(form.Slug), $"Adres może zawierać tylko małe litery bez polskich znaków, cyfry i pojedyncze łączniki (najwyżej {ServiceSlug.MaxLength} znaków), np. wydanie-dowodu-osobistego.");
        else if (slug.Length == 0 && title.Length > 0 && ServiceSlug.FromTitle(title).Length == 0)
            Error(nameof(form.Slug), "Nie da się utworzyć adresu z nazwy usługi. Wpisz adres, np. wydanie-dowodu-osobistego.");

        var category = ServiceCardForm.Clean(form.Category);
        if (category.Length == 0) Error(nameof(form.Category), "Wybierz kategorię.");
        else if (!categories.Contains(category)) Error(nameof(form.Category), "Wybierz kategorię z listy.");

        if (ServiceCardForm.Clean(form.Summary) is { Length: > SummaryMax })
            Error(nameof(form.Summary), $"Krótki opis może mieć najwyżej {SummaryMax} znaków. Szczegóły wpisz w polu „Czego dotyczy sprawa”.");
        if (ServiceCardForm.Clean(form.Description).Length == 0) Error(nameof(form.Description), "Opisz, czego dotyczy sprawa.");

        if (ServiceCardForm.SplitLines(form.RequiredDocuments).Any(l => l.Length > LineMax))
            Error(nameof(form.RequiredDocuments), $"Każdy dokument wpisz w osobnym wierszu; wiersz może mieć najwyżej {LineMax} znaków.");
        if (ServiceCardForm.SplitLines(form.LegalBasis).Any(l => l.Length > LineMax))
            Error(nameof(form.LegalBasis), $"Każdy akt prawny wpisz w osobnym wierszu; wiersz może mieć najwyżej {LineMax} znaków.");

        for (var i = 0; i < form.Forms.Count; i++)
        {
            var f = form.Forms[i];
            var formTitle = ServiceCardForm.Clean(f.Title);
            var url = ServiceCardForm.Clean(f.Url);
            if (formTitle.Length == 0 && url.Length == 0) continue;
            if (formTitle.Length == 0) Error($"Forms[{i}].Title", $"Wpisz nazwę formularza nr {i + 1}.");
            if (url.Length == 0) Error($"Forms[{i}].Url", $"Wpisz adres formularza nr {i + 1}.");
            else if (!IsFormUrl(url))
                Error($"Forms[{i}].Url", $"Adres formularza nr {i + 1} musi zaczynać się od https:// lub http:// (albo od / dla strony tego portalu), bez spacji.");
        }

        var epuap = ServiceCardForm.Clean(form.EpuapUrl);
        if (epuap.Length > 0 && !IsWebUrl(epuap))
            Error(nameof(form.EpuapUrl), "Adres usługi ePUAP / gov.pl musi zaczynać się od https:// lub http://, bez spacji, np. https://www.gov.pl/web/gov/….");

        if (form.KeywordList().Any(k => k.Length > 100)) Error(nameof(form.Keywords), "Słowo kluczowe może mieć najwyżej 100 znaków; każde wpisz w osobnym wierszu.");
        return errors;
    }

    /// <summary>An absolute http(s) address with a host.</summary>
    public static bool IsWebUrl(string url) =>
        url.Length <= UrlMax && !url.Any(char.IsWhiteSpace)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;

    /// <summary>
    /// A form may also be a page of this portal ("/kozy/wniosek-..."), as the recipe schema allows: cards seeded from
    /// recipes link to them and must stay editable. "//host" (another site without a scheme) is refused.
    /// </summary>
    public static bool IsFormUrl(string url) =>
        IsWebUrl(url) || (url.Length <= UrlMax && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Any(char.IsWhiteSpace));
}
