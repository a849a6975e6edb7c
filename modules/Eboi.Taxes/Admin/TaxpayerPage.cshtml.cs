using System.Security.Claims;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Taxes.Admin;

/// <summary>/admin/podatnicy/{id}: one taxpayer's cards and balances (every opening audited), and, with taxes.link, manual linking to a verified account.</summary>
[RequirePermission(TaxesPermissions.View)]
internal sealed class TaxpayerPageModel(TaxpayerDesk desk) : PageModel
{
    public TaxpayerFile? Taxpayer { get; private set; }
    public bool CanLink { get; private set; }
    [BindProperty(SupportsGet = true, Name = "konto")] public string? AccountQuery { get; set; }
    public IReadOnlyList<CitizenIdentity>? Candidates { get; private set; }
    [TempData] public string? Message { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid userId, CancellationToken ct)
    {
        if (!MayLink) return Forbid();
        var acting = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var me) ? me : Guid.Empty;
        if (await desk.LinkAsync(id, userId, acting, ct) is { } error)
        {
            Error = error;
            return await ShowAsync(id, ct);
        }
        Message = "Połączono podatnika z kontem mieszkańca.";
        return Redirect(Url.Content("~" + TaxesPaths.AdminTaxpayer(id)));
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid id, CancellationToken ct)
    {
        if (!MayLink) return Forbid();
        var unlinked = await desk.UnlinkAsync(id, ct);
        if (unlinked is null) return NotFound();
        Message = unlinked.Value ? "Rozłączono podatnika z kontem." : null;
        return Redirect(Url.Content("~" + TaxesPaths.AdminTaxpayer(id)));
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        Taxpayer = await desk.OpenAsync(id, ct);
        if (Taxpayer is null) return NotFound();
        CanLink = MayLink;
        if (CanLink && !string.IsNullOrWhiteSpace(AccountQuery)) Candidates = await desk.CandidatesAsync(AccountQuery, ct);
        return Page();
    }

    private bool MayLink => User.HasClaim(Permissions.ClaimType, TaxesPermissions.Link);
}
