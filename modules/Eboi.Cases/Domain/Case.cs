using Eboi.Core.Data;

namespace Eboi.Cases.Domain;

/// <summary>
/// A sprawa: its znak (<see cref="Sign"/>, unique in the gmina), title, JRWA class, status and dates, and the officer
/// handling it. <see cref="ExternalId"/> is the EZD's id (null for a case kept in the staff register).
/// </summary>
internal sealed class Case : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string? ExternalId { get; set; }
    public string Sign { get; set; } = "";
    public string Title { get; set; } = "";
    public string Jrwa { get; set; } = "";
    public string? JrwaName { get; set; }

    /// <summary>A <see cref="CaseStatuses"/> value.</summary>
    public string Status { get; set; } = CaseStatuses.Open;
    public DateOnly StartedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? OfficerName { get; set; }
    public string? OfficerDepartment { get; set; }
    public string? OfficerPhone { get; set; }
    public string? OfficerEmail { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public CaseOfficer? Officer => OfficerName is null ? null : new(OfficerName, OfficerDepartment, OfficerPhone, OfficerEmail);
    public bool IsClosed => Status == CaseStatuses.Closed;
}

/// <summary>The case officer (prowadzący) as the citizen sees them.</summary>
internal sealed record CaseOfficer(string Name, string? Department, string? Phone, string? Email);

/// <summary>Values of <see cref="Case.Status"/> (stored and sent by the EZD API: never rename).</summary>
internal static class CaseStatuses
{
    public const string Open = "w-toku";
    public const string Suspended = "zawieszona";
    public const string Closed = "zakonczona";

    public static readonly IReadOnlyList<string> All = [Open, Suspended, Closed];

    public static string Label(string status) => status switch
    {
        Open => "w toku",
        Suspended => "zawieszona",
        Closed => "zakończona",
        _ => status,
    };
}
