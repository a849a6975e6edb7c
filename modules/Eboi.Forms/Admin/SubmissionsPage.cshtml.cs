using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Admin;

/// <summary>/admin/formularze/zlozone: forms citizens sent, newest first.</summary>
[RequirePermission(FormsPermissions.View)]
internal sealed class SubmissionsPageModel(SubmissionDesk desk) : PageModel
{
    [FromQuery(Name = "formularz")] public string? Form { get; set; }

    public IReadOnlyList<SubmissionDesk.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await desk.ListAsync(string.IsNullOrWhiteSpace(Form) ? null : Form, ct);
}
