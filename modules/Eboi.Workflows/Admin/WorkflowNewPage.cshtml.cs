using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Workflows.Admin;

/// <summary>/admin/procesy/nowy: a new workflow, edited in the same form as an existing one.</summary>
[RequirePermission(WorkflowsPermissions.Manage)]
internal sealed class WorkflowNewPageModel : WorkflowEditorPageModel
{
    public Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Form.Activities.Clear();
        return RedisplayAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(ct);
}
