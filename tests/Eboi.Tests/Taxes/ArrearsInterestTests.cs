using System.Globalization;
using Eboi.Taxes.Domain;

namespace Eboi.Tests.Taxes;

/// <summary>The interest vectors of domain-pl.md §6.4, on the shipped rate table.</summary>
public sealed class ArrearsInterestTests
{
    [Theory]
    [InlineData("1000.00", "2025-03-17", "2025-05-20", "Basic", 64, "25.0685", 25)]     // I1: 51 d @ 14,5 + 13 d @ 13,5
    [InlineData("1000.00", "2025-03-17", "2025-05-20", "Reduced", 64, "12.5342", 13)]   // I2
    [InlineData("1000.00", "2025-03-17", "2025-05-20", "Increased", 64, "37.6027", 38)] // I3
    [InlineData("2500.00", "2022-05-16", "2022-09-30", "Basic", 137, "145.0000", 145)]  // I4: four rates
    [InlineData("10000.00", "2023-09-15", "2023-10-16", "Basic", 31, "125.7534", 126)]  // I5
    [InlineData("1234.00", "2024-03-15", "2024-12-31", "Basic", 291, "142.6538", 143)]  // I6: 365 in a leap year
    [InlineData("250.00", "2025-11-17", "2025-12-31", "Basic", 44, "3.3699", 0)]        // I7: 3 ≤ 8,70
    [InlineData("600.00", "2025-03-17", "2025-04-14", "Basic", 28, "6.6740", 0)]        // I8: 7 ≤ 8,70
    [InlineData("75.00", "2025-09-15", "2026-01-15", "Basic", 122, "2.9147", 0)]        // I9
    [InlineData("100.00", "2025-11-17", "2025-11-27", "Basic", 10, "0.3151", 0)]        // I10
    public void Statutory_vectors(string principal, string due, string paid, string kind, int days, string raw, int charged)
    {
        var result = ArrearsInterest.Compute(decimal.Parse(principal, CultureInfo.InvariantCulture), DateOnly.Parse(due, CultureInfo.InvariantCulture),
            DateOnly.Parse(paid, CultureInfo.InvariantCulture), InterestRateTable.Statutory, Enum.Parse<InterestRateKind>(kind));

        Assert.Equal(days, result.Days);
        Assert.Equal(decimal.Parse(raw, CultureInfo.InvariantCulture), Math.Round(result.Raw, 4, MidpointRounding.AwayFromZero));
        Assert.Equal(charged, result.Charged);
    }

    [Fact]
    public void I4_is_split_at_each_rate_change()
    {
        var result = ArrearsInterest.Compute(2500m, new DateOnly(2022, 5, 16), new DateOnly(2022, 9, 30), InterestRateTable.Statutory);

        Assert.Equal([(23, 13.5m), (29, 15m), (62, 16m), (23, 16.5m)], result.Periods.Select(p => (p.Days, p.RatePercent)));
        Assert.Equal((new DateOnly(2022, 5, 17), new DateOnly(2022, 6, 8)), (result.Periods[0].From, result.Periods[0].To));
    }

    [Fact]
    public void Paying_on_or_before_the_due_date_costs_nothing_and_the_threshold_is_configurable()
    {
        Assert.Equal(0, ArrearsInterest.Compute(1000m, new DateOnly(2025, 3, 17), new DateOnly(2025, 3, 17), InterestRateTable.Statutory).Rounded);
        Assert.Equal(7, ArrearsInterest.Compute(600m, new DateOnly(2025, 3, 17), new DateOnly(2025, 4, 14), InterestRateTable.Statutory, threshold: 0).Charged);
    }

    [Fact]
    public void A_table_of_test_rates_is_honoured_and_before_its_first_entry_the_first_rate_applies()
    {
        var table = new InterestRateTable([new InterestRate(new DateOnly(2030, 1, 1), 36.5m), new InterestRate(new DateOnly(2030, 1, 11), 73m)]);

        var result = ArrearsInterest.Compute(1000m, new DateOnly(2029, 12, 31), new DateOnly(2030, 1, 20), table, threshold: 0);

        Assert.Equal(10 * 1 + 10 * 2, result.Charged);   // 1 zł a day at 36,5%, then 2 zł a day
        Assert.Equal(36.5m, table.BasicOn(new DateOnly(2000, 1, 1)));
        Assert.Throws<ArgumentException>(() => new InterestRateTable([]));
    }
}
