using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Payments.History;

/// <summary>/platnosci/historia: the signed-in citizen's online payments with their states ("rozpoczęta" while the bank has not confirmed).</summary>
[Authorize]
internal sealed class HistoryPageModel(PaymentHistory history) : PageModel
{
    [FromQuery(Name = "strona")] public int PageNumber { get; set; } = 1;

    public PaymentHistory.Page Result { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var me)) return;
        Result = await history.OfPayerAsync(me, PageNumber, ct);
    }

    public string PageLink(int page) => Url.Content("~" + PaymentsPaths.History) + "?strona=" + page.ToString(CultureInfo.InvariantCulture);
}
