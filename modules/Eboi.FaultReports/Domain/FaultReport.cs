using Eboi.Core.Data;
using NpgsqlTypes;

namespace Eboi.FaultReports.Domain;

/// <summary>
/// A citizen's report of a fault at a place. It exists for staff once <see cref="Moderation"/> leaves
/// <see cref="ModerationState.AwaitingEmail"/>; citizens see it once <see cref="IsPublic"/> (approved by a moderator).
/// The reporter's name, e-mail and phone are never shown publicly.
/// </summary>
internal sealed class FaultReport : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string Number { get; set; } = "";

    /// <summary>The demo section's stable key, so applying it again finds its own reports.</summary>
    public string? DemoKey { get; set; }

    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    /// <summary>(x = longitude, y = latitude), kept equal to the two columns above; indexed (GiST) for the map's bbox query.</summary>
    public NpgsqlPoint Location { get; set; }

    public string Address { get; set; } = "";
    public Guid CategoryId { get; set; }
    public string Status { get; set; } = FaultStatus.New;
    public string Moderation { get; set; } = ModerationState.Queued;
    public bool IsPublic { get; set; }
    public Guid? ReporterUserId { get; set; }
    public string ReporterName { get; set; } = "";
    public string ReporterEmail { get; set; } = "";
    public string? ReporterPhone { get; set; }

    /// <summary>SHA-256 of the anonymous reporter's confirmation token (the token itself is only in the e-mail).</summary>
    public string? ConfirmTokenHash { get; set; }
    public DateTimeOffset? ConfirmExpiresAt { get; set; }

    /// <summary>The number of the report this one repeats (status <see cref="FaultStatus.Duplicate"/>).</summary>
    public string? DuplicateOf { get; set; }

    public string? AssignedRole { get; set; }
    public Guid? AssignedUserId { get; set; }

    /// <summary>"web" or "open311".</summary>
    public string Source { get; set; } = "web";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public void Place(double lat, double lon)
    {
        Latitude = lat;
        Longitude = lon;
        Location = new NpgsqlPoint(lon, lat);
    }
}
