using Eboi.Cases.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Cases.Citizen;

/// <summary>
/// /sprawy: the verified citizen's cases, "w toku" or "zakończone" (?stan=). It is in the gmina's menu, so a visitor
/// who is not signed in, or not verified, is told what is here and how to get in.
/// </summary>
internal sealed class MyCasesPageModel(MyCases myCases) : CitizenPageModel(myCases)
{
    /// <summary>Values of ?stan=.</summary>
    public const string Ongoing = "w-toku";
    public const string FinishedState = "zakonczone";

    [BindProperty(SupportsGet = true, Name = "stan")] public string? State { get; set; }

    public bool Finished => State == FinishedState;
    public IReadOnlyList<Case> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAccessAsync(ct)) return;
        Rows = await Cases.ListAsync(Access, Finished, ct);
    }
}
