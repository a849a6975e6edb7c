using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Public;

/// <summary>/konto/zgloszenia: the signed-in citizen's reports, including those still waiting for moderation.</summary>
[Authorize]
internal sealed class MyReportsPageModel(PublicReports reports) : PageModel
{
    public IReadOnlyList<PublicReports.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? await reports.OfUserAsync(id, ct) : [];
}
