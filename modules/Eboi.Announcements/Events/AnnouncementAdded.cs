using Eboi.Core.Events;

namespace Eboi.Announcements.Events;

/// <summary>A staff member added an announcement (recipes do not publish it). Workflows and the office copy react to it.</summary>
[DomainEvent("announcements.added")]
internal sealed record AnnouncementAdded(Guid AnnouncementId, string Title, DateOnly VisibleFrom, DateOnly? VisibleUntil, string? AddedBy);
