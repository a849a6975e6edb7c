namespace Eboi.Core.Time;

/// <summary>
/// Polish working days: not a Saturday, a Sunday or a statutory holiday (ustawa o dniach wolnych od pracy; 24 December
/// from 2025). Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). Vectors: shared/reference/domain-pl.md §7.5.
/// </summary>
public static class PolishCalendar
{
    /// <summary>Easter Sunday of <paramref name="year"/> (Gregorian).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>A statutory non-working day (Sundays included, Saturdays not: they are days off, not holidays).</summary>
    public static bool IsHoliday(DateOnly date)
    {
        if (date.DayOfWeek == DayOfWeek.Sunday) return true;
        switch (date.Month, date.Day)
        {
            case (1, 1) or (1, 6) or (5, 1) or (5, 3) or (8, 15) or (11, 1) or (11, 11) or (12, 25) or (12, 26):
                return true;
            case (12, 24) when date.Year >= 2025:
                return true;
        }
        var easter = Easter(date.Year);
        var offset = date.DayNumber - easter.DayNumber;
        // Easter Sunday, Easter Monday, Pentecost (+49), Corpus Christi (+60).
        return offset is 0 or 1 or 49 or 60;
    }

    /// <summary>Monday to Friday and not a holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek != DayOfWeek.Saturday && !IsHoliday(date);

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="from"/> (0: <paramref name="from"/> itself).</summary>
    public static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        for (var left = days; left > 0;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) left--;
        }
        return date;
    }

    /// <summary>A deadline falling on a day off moves to the next working day (art. 12 § 5 Ordynacji podatkowej).</summary>
    public static DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }
}
