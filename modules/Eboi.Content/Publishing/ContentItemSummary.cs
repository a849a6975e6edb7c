namespace Eboi.Content.Publishing;

/// <summary>One item in the staff panel's list: its newest version and which version is public (null: none).</summary>
public sealed record ContentItemSummary(Guid ItemId, string ContentType, string Title, string Slug, int LatestVersion, int? PublishedVersion, DateTimeOffset ChangedAt)
{
    public bool HasUnpublishedChanges => PublishedVersion != LatestVersion;
}
