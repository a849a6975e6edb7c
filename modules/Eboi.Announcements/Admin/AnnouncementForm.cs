using Eboi.Announcements.Domain;

namespace Eboi.Announcements.Admin;

/// <summary>What the staff form posts, as typed; checked by <see cref="AnnouncementRules"/>, not by attributes.</summary>
internal sealed class AnnouncementForm
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? VisibleFrom { get; set; }
    public string? VisibleUntil { get; set; }

    public static AnnouncementForm From(Announcement a) => new()
    {
        Title = a.Title,
        Body = a.Body,
        VisibleFrom = a.VisibleFrom.ToString("yyyy-MM-dd"),
        VisibleUntil = a.VisibleUntil?.ToString("yyyy-MM-dd"),
    };
}
