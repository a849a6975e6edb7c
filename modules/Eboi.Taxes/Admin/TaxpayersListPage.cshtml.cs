using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Taxes.Admin;

/// <summary>/admin/podatnicy: search taxpayers by name, full PESEL/NIP, card number or id; identity numbers shown masked.</summary>
[RequirePermission(TaxesPermissions.View)]
internal sealed class TaxpayersListPageModel(TaxpayerDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "konto")] public string? Account { get; set; }

    public bool? Linked => Account switch { "tak" => true, "nie" => false, _ => null };
    public IReadOnlyList<TaxpayerRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await desk.SearchAsync(Query, Linked, ct);
}
