using Eboi.Core.Security;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Admin;

/// <summary>/admin/procesy/przebiegi: instances newest first, filtered by status (?stan=) and workflow (?proces=).</summary>
[RequirePermission(WorkflowsPermissions.Manage)]
internal sealed class InstancesPageModel : PageModel
{
    internal IReadOnlyList<WorkflowInstance> Items { get; private set; } = [];
    internal IReadOnlyDictionary<Guid, WorkflowDefinition> Workflows { get; private set; } = new Dictionary<Guid, WorkflowDefinition>();

    [BindProperty(SupportsGet = true, Name = "stan")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "proces")] public Guid? Workflow { get; set; }

    public static readonly IReadOnlyList<(string Value, string Label)> Statuses =
        [("", "wszystkie"), ("Running", "trwające"), ("Waiting", "czekające"), ("Finished", "zakończone"), ("Faulted", "z błędem")];

    public static string Label(string status) => Statuses.FirstOrDefault(s => s.Value == status).Label ?? status;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = Enum.TryParse<WorkflowStatus>(Status, out var s) ? s : (WorkflowStatus?)null;
        Items = await HttpContext.RequestServices.GetRequiredService<WorkflowInstances>().ListAsync(filter, Workflow, ct);
        Workflows = (await HttpContext.RequestServices.GetRequiredService<WorkflowDefinitions>().ListAsync(ct)).ToDictionary(d => d.Id);
    }
}
