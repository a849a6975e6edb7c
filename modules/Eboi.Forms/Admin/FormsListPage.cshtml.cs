using Eboi.Content;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Admin;

/// <summary>/admin/formularze: the gmina's forms with their newest and published versions.</summary>
[RequirePermission(FormsPermissions.Manage)]
internal sealed class FormsListPageModel(FormEditor editor) : PageModel
{
    public IReadOnlyList<ContentItemSummary> Forms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Forms = await editor.ListAsync(ct);
}
