using Eboi.Core.Security;
using Eboi.Workflows.Domain;
using Eboi.Workflows.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Admin;

/// <summary>/admin/procesy/powiadomienia: the notifications workflows left for the signed-in staff member's roles (or for them).</summary>
[RequirePermission(WorkflowsPermissions.Manage)]
internal sealed class NotificationsPageModel : PageModel
{
    private StaffNotifications Notifications => HttpContext.RequestServices.GetRequiredService<StaffNotifications>();

    internal IReadOnlyList<StaffNotification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await Notifications.ListAsync(User, ct);

    public async Task<IActionResult> OnPostReadAsync(Guid? id, CancellationToken ct)
    {
        await Notifications.MarkReadAsync(User, id, ct);
        return Redirect(Url.Content("~" + WorkflowsPaths.AdminNotifications));
    }
}
