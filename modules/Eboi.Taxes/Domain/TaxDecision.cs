using Eboi.Core.Data;
using Eboi.Core.Time;

namespace Eboi.Taxes.Domain;

/// <summary>A decyzja (nakaz płatniczy) on a card: its number and date; the amounts are its instalments.</summary>
internal sealed class TaxDecision : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid CardId { get; set; }
    public string ExternalId { get; set; } = "";
    public string Number { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
}

/// <summary>A rata: the amount due on a date; <see cref="DueDate"/> is the statutory date shifted past weekends and holidays (OP art. 12 § 5).</summary>
internal sealed class Instalment : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid CardId { get; set; }
    public Guid DecisionId { get; set; }
    public string Title { get; set; } = "";
    public int Year { get; set; }
    public int Number { get; set; }
    public DateOnly StatutoryDueDate { get; set; }
    public DateOnly DueDate { get; set; }
    public decimal Amount { get; set; }

    /// <summary>The first working day on or after <paramref name="statutory"/> (domain-pl.md §7).</summary>
    public static DateOnly ShiftDueDate(DateOnly statutory) => PolishCalendar.NextWorkingDayFrom(statutory);
}
