using Eboi.Taxes.Domain;

namespace Eboi.Tests.Taxes;

/// <summary>
/// An instalment replayed through its payments (domain-pl.md §6.5 step 3): a payment fixes the interest accrued up to
/// its day and takes its part; the rest of the arrears accrues again from the day after. Vectors I1 and the first §6.5 row.
/// </summary>
public sealed class InstalmentBalanceTests
{
    private static readonly DateOnly Due = new(2025, 3, 17);
    private static readonly InterestRateTable Rates = InterestRateTable.Statutory;

    [Fact]
    public void Unpaid_instalment_owes_its_amount_and_the_interest_of_vector_I1()
    {
        var b = InstalmentBalance.On(1000m, Due, [], new DateOnly(2025, 5, 20), Rates);
        Assert.Equal((1000m, 25m, 0m, 0m), (b.Arrears, b.Interest, b.PaidArrears, b.PaidInterest));
        Assert.Equal(1025m, b.ToPay);
    }

    [Fact]
    public void Before_or_on_the_due_date_there_is_no_interest()
    {
        Assert.Equal(0m, InstalmentBalance.On(1000m, Due, [], Due, Rates).Interest);
        Assert.Equal(0m, InstalmentBalance.On(1000m, Due, [], Due.AddDays(-10), Rates).Interest);
    }

    [Fact]
    public void A_partial_payment_leaves_the_unpaid_interest_fixed_and_the_rest_of_the_arrears_accruing_from_the_next_day()
    {
        // 500 zł on 2025-05-20 against 1000 + 25: 487,80 to arrears, 12,20 to interest (§6.5 first vector).
        SettledPart[] paid = [new(new DateOnly(2025, 5, 20), 487.80m, 12.20m)];

        var sameDay = InstalmentBalance.On(1000m, Due, paid, new DateOnly(2025, 5, 20), Rates);
        Assert.Equal((512.20m, 12.80m, 487.80m, 12.20m), (sameDay.Arrears, sameDay.Interest, sameDay.PaidArrears, sameDay.PaidInterest));

        // 30 more days at 13,5% on 512,20 is 5,68 -> 6 zł, under the 8,70 zł threshold: nothing new charged.
        Assert.Equal(12.80m, InstalmentBalance.On(1000m, Due, paid, new DateOnly(2025, 6, 19), Rates).Interest);

        // To 2025-09-20: 43 d @ 13,5 + 63 d @ 13 + 17 d @ 12,5 on 512,20 = 22,62 -> 23 zł, plus the fixed 12,80.
        Assert.Equal(35.80m, InstalmentBalance.On(1000m, Due, paid, new DateOnly(2025, 9, 20), Rates).Interest);
    }

    [Fact]
    public void Payments_after_the_day_asked_about_are_not_counted_and_a_full_payment_leaves_nothing()
    {
        SettledPart[] paid = [new(new DateOnly(2025, 5, 20), 1000m, 25m)];
        var before = InstalmentBalance.On(1000m, Due, paid, new DateOnly(2025, 5, 1), Rates);
        Assert.Equal(1000m, before.Arrears);
        Assert.Equal(0m, before.PaidArrears);

        var after = InstalmentBalance.On(1000m, Due, paid, new DateOnly(2026, 1, 1), Rates);
        Assert.Equal((0m, 0m, 1025m), (after.Arrears, after.Interest, after.PaidArrears + after.PaidInterest));
    }

    [Fact]
    public void Paying_early_leaves_interest_running_from_the_due_date_on_what_is_left()
    {
        SettledPart[] paid = [new(new DateOnly(2025, 3, 1), 500m, 0m)];
        var b = InstalmentBalance.On(1000m, Due, paid, new DateOnly(2025, 5, 20), Rates);
        // Interest on 500 zł over I1's 64 days: half of 25,0685 = 12,53 -> 13 zł.
        Assert.Equal((500m, 13m), (b.Arrears, b.Interest));
    }
}
