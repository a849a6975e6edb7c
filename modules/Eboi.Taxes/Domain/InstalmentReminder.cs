using Eboi.Core.Data;

namespace Eboi.Taxes.Domain;

/// <summary>A reminder sent for an instalment: at most one per <see cref="ReminderKinds"/> value.</summary>
internal sealed class InstalmentReminder : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid InstalmentId { get; set; }
    public string Kind { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
}

/// <summary>Values of <see cref="InstalmentReminder.Kind"/> and of the workflow field "rodzaj" (stored: never rename).</summary>
internal static class ReminderKinds
{
    public const string BeforeDue = "przed-terminem";
    public const string Overdue = "po-terminie";
}
