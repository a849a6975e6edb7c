using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Workflows.Definitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Admin;

/// <summary>/admin/procesy/{id}/eksport: the workflow as a JSON file, the shape of a recipe's "workflows" entry.</summary>
[RequirePermission(WorkflowsPermissions.Manage)]
internal sealed class WorkflowExportPageModel : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonColumn.Options) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await HttpContext.RequestServices.GetRequiredService<WorkflowDefinitions>().FindAsync(id, ct) is not { } d) return NotFound();
        var json = JsonSerializer.Serialize(WorkflowDefinitions.ToDocument(d), Json);
        return File(Encoding.UTF8.GetBytes(json), "application/json", $"proces-{d.Key}.json");
    }
}
