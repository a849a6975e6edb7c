using System.Text.Json.Nodes;
using Eboi.Content.Domain;
using Eboi.Content.Publishing;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Content.Regulamin;

/// <summary>The tenant's current regulamin (published version of the Regulamin item).</summary>
[OutputCache(PolicyName = TenantPageCachePolicy.Name)]
public sealed class RegulaminPageModel(ContentService content) : PageModel
{
    public const string ItemKey = "regulamin";

    public RegulaminView Regulamin { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var version = await content.GetPublishedAsync(ContentTypeNames.Regulamin, ItemKey, ct);
        if (version is null) return NotFound();
        var data = JsonNode.Parse(version.Data)!.AsObject();
        Regulamin = new RegulaminView(
            version.Title,
            data["version"]?.GetValue<string>() ?? "",
            DateOnly.TryParse(data["effectiveFrom"]?.GetValue<string>(), out var from) ? from : null,
            data["body"]?.GetValue<string>() ?? "");
        return Page();
    }
}

public sealed record RegulaminView(string Title, string Version, DateOnly? EffectiveFrom, string Body);
