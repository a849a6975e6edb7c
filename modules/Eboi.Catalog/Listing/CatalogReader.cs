using System.Text.Json.Nodes;
using Eboi.Catalog.Domain;
using Eboi.Content;
namespace Eboi.Catalog.Listing;

/// <summary>Reads the current tenant's published categories and service cards.</summary>
internal sealed class CatalogReader(ContentService content)
{
    public async Task<IReadOnlyList<ServiceCategory>> CategoriesAsync(CancellationToken ct = default) =>
        (await content.ListPublishedAsync(CatalogContentTypes.Category, ct))
            .Select(v => new ServiceCategory(v.Slug, v.Title, JsonNode.Parse(v.Data)?["description"]?.GetValue<string>() ?? "", v.SortOrder))
            .ToList();

    public async Task<IReadOnlyList<ServiceCard>> ServicesAsync(CancellationToken ct = default) =>
        (await content.ListPublishedAsync(CatalogContentTypes.Service, ct)).Select(ServiceCard.From).ToList();

    public async Task<ServiceCard?> ServiceAsync(string slug, CancellationToken ct = default) =>
        await content.GetPublishedAsync(CatalogContentTypes.Service, slug, ct) is { } v ? ServiceCard.From(v) : null;
}
