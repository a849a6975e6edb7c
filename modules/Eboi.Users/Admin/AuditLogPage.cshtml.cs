using Eboi.Core.Audit;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Admin;

/// <summary>/admin/dziennik: the tenant's audit log with filters by event, dates and text.</summary>
[RequirePermission(Permissions.AuditView)]
public sealed class AuditLogPageModel(AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "zdarzenie")] public AuditEvent? Event { get; set; }
    [BindProperty(SupportsGet = true, Name = "od")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "do")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "szukaj")] public string? Text { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await audit.SearchAsync(Event, From, To, Text, ct);
}
