using System.Text.RegularExpressions;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Payments.Admin;

/// <summary>/admin/platnosci/{numer}: one payment with its lines and the gateway notification journal (verdicts, never raw bodies); audited.</summary>
[RequirePermission(PaymentsPermissions.View)]
internal sealed partial class PaymentDetailPageModel(PaymentDesk desk) : PageModel
{
    public PaymentDesk.Detail Detail { get; private set; } = null!;

    [GeneratedRegex(@"^P-\d{4}-\d{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    public async Task<IActionResult> OnGetAsync(string numer, CancellationToken ct)
    {
        if (!Slug().IsMatch(numer)) return NotFound();
        if (await desk.FindAsync(numer.Replace('-', '/'), ct) is not { } detail) return NotFound();
        Detail = detail;
        return Page();
    }
}
