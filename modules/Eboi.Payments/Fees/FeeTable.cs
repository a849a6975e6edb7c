namespace Eboi.Payments.Fees;

/// <summary>Computes commissions from a fee table: percent of the amount rounded half away from zero, at least the minimum; no rule, no fee.</summary>
internal static class FeeTable
{
    public static decimal Commission(IReadOnlyList<FeeRule> rules, string channel, decimal amount)
    {
        if (rules.FirstOrDefault(r => r.Channel == channel) is not { } rule || amount <= 0) return 0m;
        var percent = decimal.Round(amount * rule.Percent / 100m, 2, MidpointRounding.AwayFromZero);
        if (rule.Percent == 0 && rule.Minimum == 0) return 0m;
        return Math.Max(percent, rule.Minimum);
    }
}
