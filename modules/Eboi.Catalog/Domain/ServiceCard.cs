using System.Text.Json;
using Eboi.Content;
using Eboi.Core.Data;

namespace Eboi.Catalog.Domain;

/// <summary>A karta usługi as shown to citizens, read from the published version's jsonb data.</summary>
internal sealed record ServiceCard
{
    public string Key { get; init; } = "";
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string Category { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Description { get; init; } = "";
    public string WhoMayApply { get; init; } = "";
    public List<string> RequiredDocuments { get; init; } = [];
    public string Fees { get; init; } = "";
    public string TimeLimit { get; init; } = "";
    public ServicePlace? Place { get; init; }
    public string Appeal { get; init; } = "";
    public List<string> LegalBasis { get; init; } = [];
    public List<ServiceForm> Forms { get; init; } = [];
    public string? EpuapUrl { get; init; }

    /// <summary>The slug of the gmina's electronic form for this service (the Forms module's /formularze/{slug}), if any.</summary>
    public string? OnlineForm { get; init; }

    /// <summary>Where the Forms module serves a form (its public route FormsPaths.Form; Catalog does not depend on Forms).</summary>
    public string? OnlineFormPath => OnlineForm is { Length: > 0 } slug ? "/formularze/" + Uri.EscapeDataString(slug) : null;
    public bool Online { get; init; }
    public List<string> Keywords { get; init; } = [];

    public static ServiceCard From(ContentVersion v) =>
        (JsonSerializer.Deserialize<ServiceCard>(v.Data, JsonColumn.Options) ?? new()) with
        {
            Slug = v.Slug, Title = v.Title, Category = v.Category ?? "",
        };
}

internal sealed record ServicePlace(string? Office, string? Room, string? Hours);

internal sealed record ServiceForm(string Title, string Url);

/// <summary>A catalog category (published KategoriaSpraw item).</summary>
internal sealed record ServiceCategory(string Key, string Title, string Description, int Order);
