using Eboi.Core.Data;

namespace Eboi.FaultReports.Domain;

/// <summary>One of a report's photos (1–3), re-encoded without metadata and kept in the tenant's file store.</summary>
internal sealed class FaultPhoto : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ReportId { get; set; }
    public int Position { get; set; }
    public string FileKey { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary>Hidden by a moderator (e.g. a face or a car plate): staff still see it, the public does not.</summary>
    public bool Hidden { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
