namespace Eboi.Taxes.Domain;

/// <summary>
/// How one payment covers arrears and their interest (OP art. 55 § 2, 62 § 1a): reminder costs first, then when the
/// payment does not cover both, proportionally in the ratio arrears : interest on the payment day, the interest part
/// rounded half-up to the grosz (allocation itself is not rounded to złoty, art. 63 § 3).
/// </summary>
internal static class PaymentAllocation
{
    public static Allocation Allocate(decimal arrears, decimal interest, decimal payment, decimal reminderCosts = 0)
    {
        if (arrears < 0 || interest < 0 || payment < 0 || reminderCosts < 0) throw new ArgumentOutOfRangeException(nameof(payment), "Amounts cannot be negative.");
        var toCosts = Math.Min(payment, reminderCosts);
        var left = payment - toCosts;
        if (left >= arrears + interest) return new Allocation(toCosts, arrears, interest, left - arrears - interest);
        if (arrears + interest == 0) return new Allocation(toCosts, 0, 0, left);
        var toInterest = Math.Round(left * interest / (arrears + interest), 2, MidpointRounding.AwayFromZero);
        return new Allocation(toCosts, left - toInterest, toInterest, 0);
    }
}

/// <summary>The parts of a payment: reminder costs, arrears, interest, and what is left for other obligations or overpaid.</summary>
internal sealed record Allocation(decimal ToReminderCosts, decimal ToArrears, decimal ToInterest, decimal Remainder);
