namespace Eboi.FaultReports.Open311;

/// <summary>Our statuses as mySociety's extended Open311 statuses (standards.md §1.5), for clients that read them.</summary>
internal static class Open311Statuses
{
    public static string Extended(string status) => status switch
    {
        FaultStatus.InProgress => "IN_PROGRESS",
        FaultStatus.Planned => "ACTION_SCHEDULED",
        FaultStatus.Fixed => "FIXED",
        FaultStatus.Closed => "CLOSED",
        FaultStatus.NotOurs => "NOT_COUNCILS_RESPONSIBILITY",
        FaultStatus.Duplicate => "DUPLICATE",
        FaultStatus.Rejected => "NO_FURTHER_ACTION",
        _ => "OPEN",   // nowe, przyjęte
    };

    /// <summary>Our statuses behind Open311's "open" or "closed".</summary>
    public static IReadOnlyList<string> Behind(string open311Status) =>
        FaultStatus.All.Where(s => FaultStatus.Open311(s) == open311Status).ToList();
}
