namespace Eboi.Taxes.Domain;

/// <summary>
/// Interest on one instalment's arrears (odsetki za zwłokę), OP art. 53–56 and the MF regulation of 22.08.2005:
/// from the day after the due date up to and including the payment day, each run of days at its own rate,
/// <c>Kz × L × O / 365</c> at full precision, the sum rounded to whole złoty half-up (art. 63), and nothing charged
/// when the rounded interest does not exceed the threshold (art. 54 § 1 pkt 5: 3 × the registered-letter fee).
/// </summary>
internal static class ArrearsInterest
{
    /// <summary>3 × 2,90 zł since 2014-02-01 (domain-pl.md §6.1); compared with the rounded interest.</summary>
    public const decimal DefaultThreshold = 8.70m;

    /// <param name="arrears">The unpaid principal (zaległość) in złoty.</param>
    /// <param name="dueDate">The due date after the weekend/holiday shift.</param>
    /// <param name="paidOn">The payment day as art. 60 defines it (the payer's debit, not the gmina's credit).</param>
    public static InterestResult Compute(decimal arrears, DateOnly dueDate, DateOnly paidOn, InterestRateTable rates,
        InterestRateKind kind = InterestRateKind.Basic, decimal threshold = DefaultThreshold)
    {
        if (arrears <= 0 || paidOn <= dueDate) return new InterestResult(0, 0, 0, []);
        var multiplier = kind switch { InterestRateKind.Reduced => 0.5m, InterestRateKind.Increased => 1.5m, _ => 1m };

        var periods = new List<InterestPeriod>();
        var start = dueDate.AddDays(1);
        foreach (var change in rates.ChangesWithin(start, paidOn).Append(paidOn.AddDays(1)))
        {
            var days = change.DayNumber - start.DayNumber;
            if (days > 0) periods.Add(new InterestPeriod(start, change.AddDays(-1), days, rates.BasicOn(start) * multiplier));
            start = change;
        }

        var raw = periods.Sum(p => arrears * p.Days * p.RatePercent / 100m / 365m);
        var rounded = Math.Round(raw, 0, MidpointRounding.AwayFromZero);
        return new InterestResult(raw, rounded, rounded <= threshold ? 0 : rounded, periods);
    }
}

/// <summary>One run of days at one rate (both ends inclusive).</summary>
internal sealed record InterestPeriod(DateOnly From, DateOnly To, int Days, decimal RatePercent);

/// <summary>The interest at full precision, rounded to złoty, and what is charged after the threshold; with its periods.</summary>
internal sealed record InterestResult(decimal Raw, decimal Rounded, decimal Charged, IReadOnlyList<InterestPeriod> Periods)
{
    public int Days => Periods.Sum(p => p.Days);
}
