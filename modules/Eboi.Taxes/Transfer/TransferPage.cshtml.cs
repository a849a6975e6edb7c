using System.Security.Claims;
using Eboi.Core.Tenancy;
using Eboi.Core.Text;
using Eboi.Payments;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Taxes.Transfer;

/// <summary>
/// /platnosci/karty/{numer}/przelew: a printable transfer form for the card's instalments (?raty=ids, or all due), with
/// the individual account, title, amount and the ZBP QR code a banking app scans. 404 for a card that is not the citizen's.
/// </summary>
[Authorize]
internal sealed class TransferPageModel(MyCards myCards, CardLedger ledger, TimeProvider clock) : PageModel
{
    public TaxCard Card { get; private set; } = null!;
    public IReadOnlyList<InstalmentLine> Lines { get; private set; } = [];
    public TransferSlip? Slip { get; private set; }
    public string QrSvg { get; private set; } = "";
    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "raty")]
    public string? Requested { get; set; }

    public async Task<IActionResult> OnGetAsync(string numer, CancellationToken ct)
    {
        var access = await myCards.AccessAsync(User, ct);
        if (!access.IsLinked || await myCards.CardAsync(access, CardNumbers.FromRoute(numer), ct) is not { } card) return NotFound();
        Card = card;
        Today = PolishTime.DateOf(clock.GetUtcNow());
        Lines = TransferSlip.Select(await ledger.LinesAsync(card.Id, Today, ct), Requested, Today);
        if (Lines.Count == 0) return Page();
        Slip = TransferSlip.For(HttpContext.GetTenant()!, card, Lines);
        QrSvg = TransferQrCode.Svg(Slip.QrPayload);
        return Page();
    }
}
