using Eboi.Core.Data;

namespace Eboi.Content;

/// <summary>A content type of one tenant: a named list of typed fields (data, not code).</summary>
public sealed class ContentType : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<ContentField> Fields { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One field of a content type.</summary>
public sealed record ContentField(string Name, string Label, ContentFieldKind Kind, bool Required = false, IReadOnlyList<string>? Options = null);

public enum ContentFieldKind
{
    Text,
    Markdown,
    Number,
    Date,
    Choice,
    Link,
    File,
    Reference,
    Boolean,
    TextList,
    LinkList,
    Object,
}
