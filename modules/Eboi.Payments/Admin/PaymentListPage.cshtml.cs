using Microsoft.AspNetCore.Http;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eboi.Payments.Admin;

/// <summary>
/// /admin/platnosci: every online payment of the gmina, searched and filtered by a plain GET form (no JavaScript), a page
/// at a time, with the same filter offered as a CSV export. Each view is audited with its filter.
/// </summary>
[RequirePermission(PaymentsPermissions.View)]
internal sealed class PaymentListPageModel(PaymentDesk desk) : PageModel
{
    // Named as the query string names them (q, status, od, do, zrodlo), so the form's fields and links agree.
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Od { get; set; }
    [BindProperty(SupportsGet = true)] public string? Do { get; set; }
    [BindProperty(SupportsGet = true)] public string? Zrodlo { get; set; }
    [BindProperty(SupportsGet = true)] public string? Strona { get; set; }

    public PaymentFilter Filter { get; private set; } = PaymentFilter.None;
    public PaymentDesk.ListPage Result { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyList<SelectListItem> States { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var parsed = PaymentFilter.Parse(Q, Status, Od, Do, Zrodlo, Strona);
        AddErrors(this, parsed);
        Filter = parsed.Filter;
        Result = await desk.ListAsync(Filter, ct);
        States = [new("wszystkie", ""), .. PaymentState.All.Select(s => new SelectListItem(PaymentState.Label(s), s))];
        Sources = [new("wszystkie", ""), .. (await desk.SourcesAsync(ct)).Select(s => new SelectListItem(s, s))];
    }

    public string PageLink(int page) => Url.Content("~" + PaymentsPaths.Admin) + Query(Filter.Query(page));

    public string ExportLink => Url.Content("~" + PaymentsPaths.AdminExport) + Query(Filter.Query());

    private static QueryString Query(Dictionary<string, string?> values) => QueryString.Create(values.Where(kv => !string.IsNullOrEmpty(kv.Value)));

    /// <summary>The filter's messages next to the fields they concern (the model's names, as the form's fields are named).</summary>
    public static void AddErrors(PageModel page, PaymentFilter.Parsed parsed)
    {
        foreach (var (key, message) in parsed.Errors)
            page.ModelState.AddModelError(key switch
            {
                PaymentFilter.StateKey => nameof(Status),
                PaymentFilter.FromKey => nameof(Od),
                PaymentFilter.ToKey => nameof(Do),
                _ => "",
            }, message);
    }
}
