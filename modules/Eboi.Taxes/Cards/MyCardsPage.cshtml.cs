using System.Security.Claims;
using Eboi.Core.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Taxes.Cards;

/// <summary>
/// /platnosci: the verified, linked citizen's tax cards with what is left to pay and interest as of today (Puławy's
/// "Rozliczenia"). It is in the gmina's menu, so a visitor who is not signed in is told what is here and how to sign in.
/// </summary>
internal sealed class MyCardsPageModel(MyCards myCards, TimeProvider clock) : PageModel
{
    public CitizenAccess Access { get; private set; } = new(null, false, []);
    public IReadOnlyList<CardSummary> Cards { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = PolishTime.DateOf(clock.GetUtcNow());
        if (!Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return;
        Access = await myCards.AccessAsync(userId, ct);
        if (Access.IsLinked) Cards = await myCards.SummariesAsync(Access, Today, ct);
    }
}
