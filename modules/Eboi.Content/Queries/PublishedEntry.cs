namespace Eboi.Content;

/// <summary>A published item's stable key, title, slug and the value of one boolean field of its data (false when absent).</summary>
public sealed record PublishedEntry(string Key, string Title, string Slug, bool Flag);
