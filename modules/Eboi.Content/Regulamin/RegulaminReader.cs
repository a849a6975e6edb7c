using System.Text.Json.Nodes;
namespace Eboi.Content;

/// <summary>The tenant's regulamin in force (the published version), for the page and for account acceptance.</summary>
public sealed class RegulaminReader(ContentService content)
{
    public const string ItemKey = "regulamin";

    public async Task<RegulaminView?> CurrentAsync(CancellationToken ct = default)
    {
        var version = await content.GetPublishedAsync(ContentTypeNames.Regulamin, ItemKey, ct);
        if (version is null) return null;
        var data = JsonNode.Parse(version.Data)!.AsObject();
        return new RegulaminView(
            version.Title,
            data["version"]?.GetValue<string>() ?? version.Number.ToString(),
            DateOnly.TryParse(data["effectiveFrom"]?.GetValue<string>(), out var from) ? from : null,
            data["body"]?.GetValue<string>() ?? "");
    }
}

public sealed record RegulaminView(string Title, string Version, DateOnly? EffectiveFrom, string Body);
