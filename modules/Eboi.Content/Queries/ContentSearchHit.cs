namespace Eboi.Content;

/// <summary>One published item found by <see cref="ContentQueries"/>: its title, slug, category, a summary field and the rank.</summary>
public sealed record ContentSearchHit(string Title, string Slug, string? Category, string? Summary, double Rank);
