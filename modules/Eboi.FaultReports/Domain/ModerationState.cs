namespace Eboi.FaultReports.Domain;

/// <summary>
/// Where a report is on its way to the public: an anonymous one waits for its reporter's e-mail confirmation (staff do
/// not see it yet), then every report waits for a moderator, who approves it (public) or rejects it.
/// </summary>
internal static class ModerationState
{
    public const string AwaitingEmail = "czeka-na-potwierdzenie";
    public const string Queued = "do-moderacji";
    public const string Approved = "zatwierdzone";
    public const string Rejected = "odrzucone";

    /// <summary>Staff see the report (it "exists" for the office).</summary>
    public static bool IsVisibleToStaff(string state) => state != AwaitingEmail;
}
