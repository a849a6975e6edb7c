using Eboi.Core.Data;

namespace Eboi.Content;

/// <summary>A content item (a page, a service card, the regulamin); its data lives in versions.</summary>
public sealed class ContentItem : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string ContentType { get; set; } = "";

    /// <summary>Stable key from the recipe or editor; recipes are idempotent by it.</summary>
    public string Key { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public List<ContentVersion> Versions { get; set; } = [];
}
