using Eboi.Core.Data;

namespace Eboi.Content;

/// <summary>
/// One version of a content item. At most one version of an item is Published; the public site reads only
/// that one. What is queried (slug, title, category, search text) are real columns; the rest is jsonb.
/// </summary>
public sealed class ContentVersion : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ItemId { get; set; }
    public string ContentType { get; set; } = "";
    public int Number { get; set; }
    public ContentStatus Status { get; set; }
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Category { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Field values as a JSON object (jsonb).</summary>
    public string Data { get; set; } = "{}";

    /// <summary>Extra words for search (keywords, synonyms); weighted like the title.</summary>
    public string SearchKeywords { get; set; } = "";

    /// <summary>Plain text of the searchable fields.</summary>
    public string SearchText { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}

public enum ContentStatus
{
    Draft,
    Published,
    Archived,
}
