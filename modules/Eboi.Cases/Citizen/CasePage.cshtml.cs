using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Cases.Citizen;

/// <summary>
/// /sprawy/{znak}: one case of the verified citizen (404 for any znak they are not a party to, existing or not): the
/// stage timeline, documents with their files, the officer's contact and the citizen's messages with the register
/// numbers the EZD gave them. Only a verified party gets anything but 404 (the list page tells others why).
/// </summary>
[Authorize]
internal sealed class CasePageModel(MyCases myCases, CaseDetails details) : CitizenPageModel(myCases)
{
    public CaseView? View { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string znak, CancellationToken ct)
    {
        await LoadAccessAsync(ct);
        var found = await Cases.FindAsync(Access, znak, ct);
        if (found is null) return NotFound();
        View = await details.LoadAsync(found, Access.Citizen!.UserId, ct);
        return Page();
    }
}
