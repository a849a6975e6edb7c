using Eboi.Core.Security;
using Eboi.Workflows.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Admin;

/// <summary>/admin/procesy/ustawienia: how long finished and faulted instances (with their journals) are kept.</summary>
[RequirePermission(WorkflowsPermissions.Manage)]
internal sealed class SettingsPageModel : PageModel
{
    private WorkflowInstances Instances => HttpContext.RequestServices.GetRequiredService<WorkflowInstances>();

    [BindProperty] public string? RetentionDays { get; set; }
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<string> ErrorOrder { get; } = [nameof(RetentionDays)];

    public async Task OnGetAsync(CancellationToken ct) => RetentionDays = (await Instances.RetentionDaysAsync(ct)).ToString();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (!int.TryParse(RetentionDays?.Trim(), out var days) || days < WorkflowSettings.MinRetentionDays || days > WorkflowSettings.MaxRetentionDays)
        {
            ModelState.AddModelError(nameof(RetentionDays), $"Wpisz liczbę dni od {WorkflowSettings.MinRetentionDays} do {WorkflowSettings.MaxRetentionDays}, np. 90.");
            return Page();
        }
        await Instances.SetRetentionDaysAsync(days, ct);
        Message = $"Zakończone przebiegi będą usuwane po {days} dniach.";
        return Redirect(Url.Content("~" + WorkflowsPaths.AdminSettings));
    }
}
