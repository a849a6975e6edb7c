using Eboi.Core.Data;

namespace Eboi.Announcements.Domain;

/// <summary>
/// An ogłoszenie on the tenant's home page, shown from <see cref="VisibleFrom"/> to <see cref="VisibleUntil"/>
/// (inclusive, Polish calendar days). <see cref="Key"/> is set by recipes, so applying one again finds its own.
/// </summary>
internal sealed class Announcement : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string? Key { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public DateOnly VisibleFrom { get; set; }
    public DateOnly? VisibleUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>When the office mailbox was sent its copy (<see cref="Events.AnnouncementAdded"/>); null: not (yet).</summary>
    public DateTimeOffset? OfficeCopySentAt { get; set; }

    /// <summary>Whether citizens see it on <paramref name="today"/>.</summary>
    public bool IsVisibleOn(DateOnly today) => VisibleFrom <= today && (VisibleUntil is not { } until || today <= until);
}
