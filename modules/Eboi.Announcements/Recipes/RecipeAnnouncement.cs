namespace Eboi.Announcements.Recipes;

/// <summary>One entry of the recipe's "announcements" (shape: announcements.schema.json).</summary>
internal sealed record RecipeAnnouncement(string Key, string Title, string Body, string? VisibleFrom = null, string? VisibleUntil = null);
