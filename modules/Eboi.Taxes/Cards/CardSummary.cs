using Eboi.Taxes.Domain;

namespace Eboi.Taxes.Cards;

/// <summary>One card on /platnosci: what it is, the principal still to pay and the interest due today.</summary>
internal sealed record CardSummary(string Number, TaxCardKind Kind, int Year, decimal Outstanding, decimal Interest)
{
    public string KindLabel => TaxCardKinds.Label(Kind);
    public decimal ToPay => Outstanding + Interest;
}
