namespace Eboi.Taxes.Domain;

/// <summary>
/// What is left of one instalment on a day, replaying the parts of earlier payments settled on it (domain-pl.md §6.5):
/// interest accrues on the unpaid arrears from the day after the due date; a payment fixes the interest accrued up to its
/// day, takes its interest part from that, and the remaining arrears accrue again from the day after the payment.
/// </summary>
internal static class InstalmentBalance
{
    /// <param name="amount">The instalment's amount (the arrears once it is overdue).</param>
    /// <param name="dueDate">The due date after the weekend/holiday shift.</param>
    /// <param name="settled">Earlier allocations on the instalment with their operations' days, in any order.</param>
    /// <param name="asOf">The day asked about (today, or a payment day).</param>
    public static Balance On(decimal amount, DateOnly dueDate, IEnumerable<SettledPart> settled, DateOnly asOf, InterestRateTable rates)
    {
        var arrears = amount;
        var fixedInterest = 0m;
        var accruesAfter = dueDate;
        decimal paidArrears = 0, paidInterest = 0;
        foreach (var part in settled.Where(p => p.Date <= asOf).OrderBy(p => p.Date))
        {
            fixedInterest += Accrued(arrears, accruesAfter, part.Date, rates);
            if (part.Date > accruesAfter) accruesAfter = part.Date;
            arrears = Math.Max(0, arrears - part.ToArrears);
            fixedInterest = Math.Max(0, fixedInterest - part.ToInterest);
            paidArrears += part.ToArrears;
            paidInterest += part.ToInterest;
        }
        var interest = fixedInterest + Accrued(arrears, accruesAfter, asOf, rates);
        return new Balance(arrears, interest, paidArrears, paidInterest);
    }

    private static decimal Accrued(decimal arrears, DateOnly after, DateOnly until, InterestRateTable rates) =>
        ArrearsInterest.Compute(arrears, after, until, rates).Charged;
}

/// <summary>A part of an operation settled on an instalment, on the operation's day.</summary>
internal sealed record SettledPart(DateOnly Date, decimal ToArrears, decimal ToInterest);

/// <summary>Unpaid arrears and interest due on a day, and what was paid to each so far.</summary>
internal sealed record Balance(decimal Arrears, decimal Interest, decimal PaidArrears, decimal PaidInterest)
{
    public decimal ToPay => Arrears + Interest;
}
