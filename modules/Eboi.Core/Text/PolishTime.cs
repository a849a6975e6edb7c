using System.Globalization;

namespace Eboi.Core.Text;

/// <summary>Times are stored in UTC and shown in Europe/Warsaw, in Polish.</summary>
public static class PolishTime
{
    public static readonly CultureInfo Culture = new("pl-PL");
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static DateTimeOffset ToWarsaw(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Warsaw);

    /// <summary>The Polish calendar day of an instant (what "today" and "paid on" mean for due dates and interest).</summary>
    public static DateOnly DateOf(DateTimeOffset utc) => DateOnly.FromDateTime(ToWarsaw(utc).DateTime);

    /// <summary>"21 listopada 2026, 14:05".</summary>
    /// <summary>"15.03.2026", as the gminy print dates on tax cards, forms and letters.</summary>
    public static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset utc) => ToWarsaw(utc).ToString("d MMMM yyyy, HH:mm", Culture);
}
