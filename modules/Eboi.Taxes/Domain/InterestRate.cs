namespace Eboi.Taxes.Domain;

/// <summary>The basic annual rate of interest on tax arrears (percent) from a day on, until the next entry (OP art. 56, 56c).</summary>
internal sealed record InterestRate(DateOnly EffectiveFrom, decimal BasicPercent);

/// <summary>Which rate applies (OP art. 56 basic, 56a reduced 50%, 56b increased 150%).</summary>
internal enum InterestRateKind
{
    Basic,
    Reduced,
    Increased,
}
