using Eboi.Core.Security;
using Eboi.Core.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Payments.Admin;

/// <summary>/admin/platnosci/eksport: the list's filter as a CSV file for Excel (audited with the filter and the row count).</summary>
[RequirePermission(PaymentsPermissions.View)]
internal sealed class PaymentExportPageModel(PaymentDesk desk, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Od { get; set; }
    [BindProperty(SupportsGet = true)] public string? Do { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zrodlo { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var parsed = PaymentFilter.Parse(Q, Status, Od, Do, Zrodlo, null);
        if (parsed.Errors.Count > 0) return BadRequest(string.Join(" ", parsed.Errors.Values));
        var entries = await desk.ExportAsync(parsed.Filter, ct);
        var name = $"platnosci-{PolishTime.DateOf(clock.GetUtcNow()):yyyy-MM-dd}.csv";
        return File(PaymentCsv.Document(entries), "text/csv; charset=utf-8", name);
    }
}
