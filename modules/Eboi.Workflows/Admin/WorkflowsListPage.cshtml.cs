using System.Security.Claims;
using Eboi.Core.Security;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Eboi.Workflows.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Admin;

/// <summary>/admin/procesy: the tenant's workflows with their state, version and instance counts; turn one on or off.</summary>
[RequirePermission(WorkflowsPermissions.Manage)]
internal sealed class WorkflowsListPageModel : PageModel
{
    private WorkflowDefinitions Definitions => HttpContext.RequestServices.GetRequiredService<WorkflowDefinitions>();

    internal IReadOnlyList<WorkflowDefinition> Items { get; private set; } = [];
    internal IReadOnlyDictionary<Guid, WorkflowInstances.Counts> Counts { get; private set; } = new Dictionary<Guid, WorkflowInstances.Counts>();
    public int Unread { get; private set; }

    [TempData] public string? Message { get; set; }

    internal string TriggerLabel(WorkflowDefinition d) => HttpContext.RequestServices.GetRequiredService<WorkflowCatalog>().TriggerLabel(d.TriggerEvent);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await Definitions.ListAsync(ct);
        Counts = await HttpContext.RequestServices.GetRequiredService<WorkflowInstances>().CountsAsync(ct);
        Unread = await HttpContext.RequestServices.GetRequiredService<StaffNotifications>().UnreadCountAsync(User, ct);
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid id, bool enable, CancellationToken ct)
    {
        if (await Definitions.SetEnabledAsync(id, enable, User.FindFirstValue(ClaimTypes.Name), ct) is not { } d) return NotFound();
        Message = enable ? $"Włączono proces „{d.Title}”." : $"Wyłączono proces „{d.Title}”: nowe zdarzenia go nie uruchamiają.";
        return Redirect(Url.Content("~" + WorkflowsPaths.Admin));
    }
}
