using Eboi.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Cases.Citizen;

/// <summary>What the citizen's case pages share: who is signed in and whether their account may see cases.</summary>
internal abstract class CitizenPageModel(MyCases myCases) : PageModel
{
    public CaseAccess Access { get; private set; } = new(CitizenStanding.SignedOut);
    protected MyCases Cases => myCases;

    /// <summary>Loads <see cref="Access"/>; false for a visitor who is not signed in.</summary>
    protected async Task<bool> LoadAccessAsync(CancellationToken ct)
    {
        Access = await myCases.AccessAsync(User, ct);
        return Access.Standing.IsSignedIn;
    }
}
