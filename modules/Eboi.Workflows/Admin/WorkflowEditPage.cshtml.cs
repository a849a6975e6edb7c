using Eboi.Core.Security;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Workflows.Admin;

/// <summary>/admin/procesy/{id}: edit a workflow (a change saves a new version), see its drawing, export it.</summary>
[RequirePermission(WorkflowsPermissions.Manage)]
internal sealed class WorkflowEditPageModel : WorkflowEditorPageModel
{
    internal WorkflowDefinition Definition { get; private set; } = null!;

    public override string? FixedKey => Definition.Key;

    internal string Drawing => WorkflowDrawing.Svg(Definition.Graph, Definition.Title, name => Catalog.Task(name)?.Label ?? name);

    internal string TriggerLabel => Catalog.TriggerLabel(Definition.TriggerEvent);

    private protected override async Task<bool> PrepareAsync(CancellationToken ct)
    {
        if (!Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id) || await Definitions.FindAsync(id, ct) is not { } d) return false;
        Definition = d;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await PrepareAsync(ct)) return NotFound();
        Form = WorkflowForm.From(WorkflowDefinitions.ToDocument(Definition));
        return await RedisplayAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(ct);
}
