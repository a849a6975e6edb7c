using System.Text.Json.Nodes;
using Eboi.Content;
using Eboi.Core.Text;

namespace Eboi.Catalog.Domain;

/// <summary>
/// Splits a card (recipe JSON or the staff editor's output) into the queried columns (title, slug, category, search
/// keywords and text) and the jsonb data. Recipes and the editor share it so a card is searchable the same way.
/// </summary>
internal static class ServiceCardDraft
{
    /// <summary>Fields kept in columns, not in the jsonb data.</summary>
    public static readonly string[] ColumnFields = ["key", "slug", "title", "category"];

    public static ContentDraft From(JsonObject card, int order, IReadOnlyDictionary<string, string> categoryTitles)
    {
        var data = (JsonObject)card.DeepClone();
        foreach (var column in ColumnFields) data.Remove(column);
        string Text(string field) => card[field]?.GetValue<string>() ?? "";
        IEnumerable<string> List(string field) => card[field] is JsonArray a ? a.Select(x => x?.GetValue<string>() ?? "") : [];

        var category = Text("category");
        var keywords = string.Join(" ", List("keywords"));
        var searchText = string.Join("\n", new[]
        {
            Text("summary"), categoryTitles.GetValueOrDefault(category, ""), MarkdownRenderer.ToPlainText(Text("description")),
            MarkdownRenderer.ToPlainText(Text("whoMayApply")), string.Join("; ", List("requiredDocuments")),
        }.Where(s => s.Length > 0));
        return new ContentDraft(Text("title"), Text("slug"), data, category, order, keywords, searchText);
    }
}
