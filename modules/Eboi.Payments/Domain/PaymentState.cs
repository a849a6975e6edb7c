namespace Eboi.Payments;

/// <summary>
/// The states of an online payment (GOV.UK Pay's lifecycle in Polish): stable stored values, Polish labels and the
/// one transition table every state change goes through. Terminal states never change again, so a duplicate or
/// reordered gateway notification cannot undo a payment.
/// </summary>
public static class PaymentState
{
    public const string Created = "utworzona";
    public const string Started = "rozpoczeta";
    public const string Paid = "oplacona";
    public const string Rejected = "odrzucona";
    public const string Cancelled = "anulowana";
    public const string Expired = "wygasla";

    /// <summary>Every state in lifecycle order.</summary>
    public static readonly IReadOnlyList<string> All = [Created, Started, Paid, Rejected, Cancelled, Expired];

    private static readonly Dictionary<string, string> Labels = new()
    {
        [Created] = "utworzona",
        [Started] = "rozpoczęta",
        [Paid] = "opłacona",
        [Rejected] = "odrzucona",
        [Cancelled] = "anulowana",
        [Expired] = "wygasła",
    };

    // From -> the states it may move to. Created may be paid directly: the gateway can notify before our "started" commit.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [Created] = [Started, Paid, Rejected, Cancelled, Expired],
        [Started] = [Paid, Rejected, Cancelled, Expired],
        [Paid] = [],
        [Rejected] = [],
        [Cancelled] = [],
        [Expired] = [],
    };

    public static bool IsKnown(string? state) => state is not null && Labels.ContainsKey(state);

    /// <summary>The Polish label ("opłacona"); the value itself for an unknown one.</summary>
    public static string Label(string state) => Labels.TryGetValue(state, out var label) ? label : state;

    /// <summary>Paid, rejected, cancelled and expired are final: nothing moves a payment out of them.</summary>
    public static bool IsTerminal(string state) => Allowed.TryGetValue(state, out var next) && next.Length == 0;

    /// <summary>Still waiting for the citizen or the bank (shown as "płatność w toku").</summary>
    public static bool IsInFlight(string state) => state is Created or Started;

    /// <summary>Whether <paramref name="from"/> may become <paramref name="to"/>; staying put is never a transition.</summary>
    public static bool CanMove(string from, string to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);
}
