using System.Text.Json.Nodes;

namespace Eboi.Content;

/// <summary>What an editor or a recipe submits for one version of a content item.</summary>
public sealed record ContentDraft(
    string Title,
    string Slug,
    JsonObject Data,
    string? Category = null,
    int SortOrder = 0,
    string SearchKeywords = "",
    string SearchText = "");
