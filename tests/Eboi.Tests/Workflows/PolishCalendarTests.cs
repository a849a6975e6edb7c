using Eboi.Core.Time;

namespace Eboi.Tests.Workflows;

/// <summary>Working days with the vectors of shared/reference/domain-pl.md §7.5.</summary>
public sealed class PolishCalendarTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    public void Easter_follows_the_anonymous_gregorian_algorithm(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PolishCalendar.Easter(year));

    [Theory]
    [InlineData("2024-05-30")]
    [InlineData("2025-06-19")]
    [InlineData("2026-06-04")]
    [InlineData("2027-05-27")]
    public void Corpus_christi_is_a_holiday(string date) => Assert.True(PolishCalendar.IsHoliday(DateOnly.Parse(date)));

    [Theory]
    // 15 Mar / 15 May / 15 Sep / 15 Nov of 2024–2027, moved past weekends and holidays.
    [InlineData("2024-03-15", "2024-03-15")]
    [InlineData("2024-09-15", "2024-09-16")]
    [InlineData("2025-03-15", "2025-03-17")]
    [InlineData("2025-11-15", "2025-11-17")]
    [InlineData("2026-03-15", "2026-03-16")]
    [InlineData("2026-11-15", "2026-11-16")]
    [InlineData("2027-05-15", "2027-05-17")]
    [InlineData("2027-09-15", "2027-09-15")]
    // Monthly deadlines of legal persons.
    [InlineData("2025-08-15", "2025-08-18")]
    [InlineData("2026-01-31", "2026-02-02")]
    [InlineData("2026-08-15", "2026-08-17")]
    // 24 December is a holiday from 2025: 24–26 off, then the weekend.
    [InlineData("2025-12-24", "2025-12-29")]
    [InlineData("2024-12-24", "2024-12-24")]
    public void A_deadline_on_a_day_off_moves_to_the_next_working_day(string deadline, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PolishCalendar.NextWorkingDayFrom(DateOnly.Parse(deadline)));

    [Theory]
    [InlineData("2026-11-27", 3, "2026-12-02")]  // Friday + 3 working days skips the weekend
    [InlineData("2026-11-10", 1, "2026-11-12")]  // 11 November is a holiday
    [InlineData("2025-12-23", 1, "2025-12-29")]  // 24–26 December, then the weekend
    [InlineData("2026-04-02", 2, "2026-04-07")]  // Easter Monday 2026-04-06
    [InlineData("2026-11-25", 0, "2026-11-25")]
    public void Working_days_skip_weekends_and_holidays(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PolishCalendar.AddWorkingDays(DateOnly.Parse(from), days));
}
