namespace Eboi.Taxes;

/// <summary>Settings of the taxes module (configuration section "Taxes").</summary>
public sealed class TaxesOptions
{
    public const string Section = "Taxes";

    /// <summary>How many days before a due date the citizen is reminded.</summary>
    public int ReminderDaysBefore { get; set; } = 7;

    /// <summary>An instalment overdue longer than this when first seen (e.g. just imported) gets no "overdue" reminder.</summary>
    public int OverdueReminderWindowDays { get; set; } = 30;
}
