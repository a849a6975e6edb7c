using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Content.Admin;

/// <summary>/admin/strony: the tenant's pages and regulamin with their public and newest versions.</summary>
[RequirePermission(ContentPermissions.Edit)]
internal sealed class PagesListPageModel(ContentService content) : PageModel
{
    public static readonly string[] Types = [ContentTypeNames.Page, ContentTypeNames.Regulamin];

    public IReadOnlyList<ContentItemSummary> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await content.ListItemsAsync(Types, ct);
}
