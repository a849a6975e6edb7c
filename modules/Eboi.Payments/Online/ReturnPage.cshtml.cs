using System.Security.Claims;
using Eboi.Core.Data;
using Eboi.Payments.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Payments.Online;

/// <summary>
/// /platnosci/powrot/{id}: where the gateway sends the citizen back. The return itself proves nothing (GOV.UK Pay), so
/// the page says what the payment's row says: paid only once the notification (or reconciliation) verified it. While
/// it waits the payer may cancel it. Only its payer sees it; anyone else gets 404.
/// </summary>
[Authorize]
internal sealed class ReturnPageModel(EboiDbContext db, PaymentCancellation cancellation) : PageModel
{
    /// <summary>Seconds between the page's checks while it waits (the script asks ?handler=State).</summary>
    public const int PollSeconds = 4;

    public string Reference { get; private set; } = "";
    public string State { get; private set; } = "";
    public decimal Total { get; private set; }
    public string Description { get; private set; } = "";
    public string ReturnPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    /// <summary>"Anuluj płatność": the payer gives up a payment in flight (the gateway is asked first whether it was paid).</summary>
    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        if (!TryGetUserId(out var userId)) return NotFound();
        try
        {
            if (await cancellation.CancelAsync(id, userId, ct) is null) return NotFound();
        }
        catch (PaymentUnavailableException e)
        {
            ModelState.AddModelError("", e.Message);
            return await ShowAsync(id, ct);
        }
        return RedirectToPage(new { id });
    }

    /// <summary>The state alone, for the waiting page's script.</summary>
    public async Task<IActionResult> OnGetStateAsync(Guid id, CancellationToken ct) =>
        await FindAsync(id, ct) is { } p ? new JsonResult(new { state = p.State }) : NotFound();

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } p) return NotFound();
        (Reference, State, Total, Description, ReturnPath) = (p.Reference, p.State, p.Total, p.Description, p.ReturnPath);
        return Page();
    }

    private async Task<Payment?> FindAsync(Guid id, CancellationToken ct) =>
        TryGetUserId(out var userId) ? await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.PayerUserId == userId, ct) : null;

    private bool TryGetUserId(out Guid userId) => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out userId);
}
