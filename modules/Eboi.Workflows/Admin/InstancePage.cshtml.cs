using Eboi.Core.Security;
using Eboi.Workflows.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Admin;

/// <summary>/admin/procesy/przebiegi/{id}: one instance with its journal and error; Retry puts a Faulted one back.</summary>
[RequirePermission(WorkflowsPermissions.Manage)]
internal sealed class InstancePageModel : PageModel
{
    private WorkflowInstances Instances => HttpContext.RequestServices.GetRequiredService<WorkflowInstances>();

    internal WorkflowInstance Instance { get; private set; } = null!;
    internal WorkflowVersion? Version { get; private set; }
    internal IReadOnlyList<WorkflowJournalEntry> Journal { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await Instances.FindAsync(id, ct) is not { } instance) return NotFound();
        Instance = instance;
        Version = await Instances.VersionAsync(instance, ct);
        Journal = await Instances.JournalAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        if (await Instances.FindAsync(id, ct) is null) return NotFound();
        Message = await Instances.RetryAsync(id, ct)
            ? "Przebieg wznowiony: krok z błędem wykona się ponownie za chwilę."
            : "Ten przebieg nie zakończył się błędem, więc nie ma czego ponawiać.";
        return Redirect(Url.Content("~" + WorkflowsPaths.AdminInstance(id)));
    }
}
