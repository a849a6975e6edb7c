using System.Globalization;

namespace Eboi.Announcements.Domain;

/// <summary>What an announcement must satisfy, with the Polish messages shown next to the fields. Pure: unit-tested.</summary>
internal static class AnnouncementRules
{
    public const int TitleMax = 150;
    public const int BodyMax = 4000;

    /// <summary>How far back a new announcement may start (typing last year's date is a mistake, not a plan).</summary>
    public const int MaxDaysInPast = 31;

    /// <summary>Field names as the form posts them, so errors land next to their field.</summary>
    public static class Fields
    {
        public const string Title = "Title";
        public const string Body = "Body";
        public const string VisibleFrom = "VisibleFrom";
        public const string VisibleUntil = "VisibleUntil";

        public static readonly string[] InPageOrder = [Title, Body, VisibleFrom, VisibleUntil];
    }

    /// <summary>A checked announcement: the trimmed values, or the errors (field, message) when there are any.</summary>
    public sealed record Checked(string Title, string Body, DateOnly VisibleFrom, DateOnly? VisibleUntil, IReadOnlyList<(string Field, string Message)> Errors);

    public static Checked Check(string? title, string? body, string? from, string? until, DateOnly today, bool isNew)
    {
        var errors = new List<(string, string)>();
        title = title?.Trim() ?? "";
        body = body?.Trim() ?? "";
        if (title.Length == 0) errors.Add((Fields.Title, "Wpisz tytuł ogłoszenia."));
        else if (title.Length > TitleMax) errors.Add((Fields.Title, $"Tytuł może mieć najwyżej {TitleMax} znaków (ma {title.Length})."));
        if (body.Length == 0) errors.Add((Fields.Body, "Wpisz treść ogłoszenia."));
        else if (body.Length > BodyMax) errors.Add((Fields.Body, $"Treść może mieć najwyżej {BodyMax} znaków (ma {body.Length})."));

        var start = ParseDate(from);
        if (string.IsNullOrWhiteSpace(from)) errors.Add((Fields.VisibleFrom, "Podaj datę, od której ogłoszenie ma być widoczne."));
        else if (start is null) errors.Add((Fields.VisibleFrom, "Wpisz datę jako rok-miesiąc-dzień, np. 2026-12-01."));
        else if (isNew && start < today.AddDays(-MaxDaysInPast))
            errors.Add((Fields.VisibleFrom, $"Data początku nie może być wcześniejsza niż {MaxDaysInPast} dni przed dzisiejszą."));

        var end = ParseDate(until);
        if (!string.IsNullOrWhiteSpace(until) && end is null) errors.Add((Fields.VisibleUntil, "Wpisz datę jako rok-miesiąc-dzień, np. 2026-12-31, albo zostaw pole puste."));
        else if (end is { } e && start is { } s && e < s) errors.Add((Fields.VisibleUntil, "Data końca nie może być wcześniejsza niż data początku."));
        else if (end is { } past && past < today) errors.Add((Fields.VisibleUntil, "Data końca już minęła: mieszkańcy nie zobaczyliby ogłoszenia."));

        return new(title, body, start ?? today, end, errors);
    }

    /// <summary>"2026-12-01" (what a date field sends) or "1.12.2026" (what people type when the browser has no date picker).</summary>
    public static DateOnly? ParseDate(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        string[] formats = ["yyyy-MM-dd", "d.M.yyyy"];
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
