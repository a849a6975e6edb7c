using Eboi.Core.Audit;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Admin;

/// <summary>/admin/dziennik: the tenant's audit log with filters by event, dates and text.</summary>
[RequirePermission(UsersPermissions.AuditView)]
internal sealed class AuditLogPageModel(AuditLog audit, ModuleRegistry modules) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "zdarzenie")] public string? Event { get; set; }
    [BindProperty(SupportsGet = true, Name = "od")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "do")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "szukaj")] public string? Text { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>Every event the modules declare, for the filter.</summary>
    public IReadOnlyList<AuditEvent> Events => modules.AuditEvents;

    /// <summary>The Polish label of a stored event; its name when no module declares it.</summary>
    public string Label(string name) => modules.AuditLabel(name);

    public async Task OnGetAsync(CancellationToken ct) => Entries = await audit.SearchAsync(Event, From, To, Text, ct);
}
