namespace Eboi.Content;

/// <summary>
/// One item in the staff panel's list: its newest version and which version is public (null: none). WasPublished
/// tells a withdrawn item (public once, not now) from one never published.
/// </summary>
public sealed record ContentItemSummary(
    Guid ItemId, string ContentType, string Title, string Slug, int LatestVersion, int? PublishedVersion, DateTimeOffset ChangedAt,
    string? Category = null, int SortOrder = 0, string? ChangedBy = null, bool WasPublished = false)
{
    public bool HasUnpublishedChanges => PublishedVersion != LatestVersion;
}
