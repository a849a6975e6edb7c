using Eboi.Core.Text;
using Eboi.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Taxes.Cards;

/// <summary>
/// /platnosci: the verified, linked citizen's tax cards with what is left to pay and interest as of today (Puławy's
/// "Rozliczenia"). It is in the gmina's menu, so a visitor who is not signed in is told what is here and how to sign in.
/// </summary>
internal sealed class MyCardsPageModel(MyCards myCards, TimeProvider clock) : PageModel
{
    public CitizenAccess Access { get; private set; } = new(CitizenStanding.SignedOut, false, []);
    public IReadOnlyList<CardSummary> Cards { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = PolishTime.DateOf(clock.GetUtcNow());
        Access = await myCards.AccessAsync(User, ct);
        if (Access.IsLinked) Cards = await myCards.SummariesAsync(Access, Today, ct);
    }
}
