namespace Eboi.Payments;

/// <summary>One row of a tenant's fee table ("Tabela opłat"): the commission on a channel, a percent with a minimum.</summary>
/// <param name="Channel">A <see cref="PaymentChannels"/> value.</param>
/// <param name="Label">What the citizen reads ("Płatność online: BLIK, karta, szybki przelew").</param>
/// <param name="Percent">Percent of the amount (0.5 = 0,5%).</param>
/// <param name="Minimum">The least commission in złoty when the percent gives less.</param>
public sealed record FeeRule(string Channel, string Label, decimal Percent, decimal Minimum);

/// <summary>The ways a citizen pays, as the fee table names them.</summary>
public static class PaymentChannels
{
    /// <summary>A traditional transfer from the printed form (no gateway).</summary>
    public const string Transfer = "przelew";

    /// <summary>Through the online gateway (pay-by-link, BLIK, card).</summary>
    public const string Online = "online";

    public static readonly IReadOnlyList<string> All = [Transfer, Online];
}
