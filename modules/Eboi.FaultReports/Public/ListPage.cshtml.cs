using Microsoft.AspNetCore.Http;
using Eboi.FaultReports.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eboi.FaultReports.Public;

/// <summary>/usterki: the approved reports, newest first, filtered by status and category (a plain GET form: no JavaScript needed).</summary>
internal sealed class ListPageModel(PublicReports reports, FaultReportStore store) : PageModel
{
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "kategoria")] public string? Category { get; set; }
    [FromQuery(Name = "strona")] public int PageNumber { get; set; } = 1;

    public PublicReports.ListPage Result { get; private set; } = new([], 0, 1, 1);
    public IReadOnlyList<SelectListItem> Statuses { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await reports.ListAsync(Status, Category, PageNumber, ct);
        Statuses = [new("wszystkie", ""), .. FaultStatus.All.Select(s => new SelectListItem(FaultStatus.Label(s), s, s == Status))];
        Categories = [new("wszystkie", ""), .. (await store.CategoriesAsync(activeOnly: false, ct)).Select(c => new SelectListItem(c.Name, c.Key, c.Key == Category))];
    }

    public string PageLink(int page) => Url.Content("~" + FaultReportsPaths.List) + QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status, ["kategoria"] = Category, ["strona"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
