namespace Eboi.FaultReports;

/// <summary>
/// The statuses of a fault report, FixMyStreet's model in Polish: stable values (stored, used by workflows and Open311),
/// Polish labels, and whether the report still counts as open (FixMyStreet's open/closed/fixed states).
/// </summary>
public static class FaultStatus
{
    public const string New = "nowe";
    public const string Accepted = "przyjete";
    public const string InProgress = "w-realizacji";
    public const string Planned = "zaplanowane";
    public const string Fixed = "naprawione";
    public const string Closed = "zamkniete";
    public const string NotOurs = "nie-w-kompetencji";
    public const string Duplicate = "duplikat";
    public const string Rejected = "odrzucone";

    /// <summary>Every status in the order staff pick them.</summary>
    public static readonly IReadOnlyList<string> All = [New, Accepted, InProgress, Planned, Fixed, Closed, NotOurs, Duplicate, Rejected];

    private static readonly Dictionary<string, string> Labels = new()
    {
        [New] = "nowe (czeka na moderację)",
        [Accepted] = "przyjęte",
        [InProgress] = "w realizacji",
        [Planned] = "zaplanowane",
        [Fixed] = "naprawione",
        [Closed] = "zamknięte",
        [NotOurs] = "nie w kompetencji gminy",
        [Duplicate] = "duplikat",
        [Rejected] = "odrzucone",
    };

    public static bool IsKnown(string? status) => status is not null && Labels.ContainsKey(status);

    /// <summary>The Polish label ("w realizacji"); the value itself for an unknown one.</summary>
    public static string Label(string status) => Labels.TryGetValue(status, out var label) ? label : status;

    /// <summary>
    /// Open as FixMyStreet counts it (confirmed, investigating, action scheduled, in progress): still to be dealt with.
    /// Fixed, closed, not responsible, duplicate and rejected ("hidden" there) are closed.
    /// </summary>
    public static bool IsOpen(string status) => status is New or Accepted or InProgress or Planned;

    /// <summary>FixMyStreet's "fixed" group, shown in green on the map.</summary>
    public static bool IsFixed(string status) => status == Fixed;

    /// <summary>Open311's status of a request: only "open" and "closed".</summary>
    public static string Open311(string status) => IsOpen(status) ? "open" : "closed";
}
