using Eboi.Cases.Citizen;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Cases.Correspondence;

/// <summary>
/// /korespondencja: the verified citizen's letters as in SEKAP: Odebrane (from the office), Wysłane (to it) and Robocze
/// (drafts), gathered from every module's <see cref="ICorrespondenceSource"/>, newest first.
/// </summary>
internal sealed class CorrespondencePageModel(MyCases myCases, IEnumerable<ICorrespondenceSource> sources) : CitizenPageModel(myCases)
{
    public const string Received = "odebrane";
    public const string Sent = "wyslane";
    public const string Drafts = "robocze";

    [BindProperty(SupportsGet = true, Name = "skrzynka")] public string? BoxName { get; set; }

    public CorrespondenceBox Box => BoxName switch { Sent => CorrespondenceBox.Sent, Drafts => CorrespondenceBox.Drafts, _ => CorrespondenceBox.Received };
    public IReadOnlyList<CorrespondenceEntry> Entries { get; private set; } = [];

    public static readonly IReadOnlyList<(string Name, CorrespondenceBox Box, string Label)> Tabs =
        [(Received, CorrespondenceBox.Received, "Odebrane"), (Sent, CorrespondenceBox.Sent, "Wysłane"), (Drafts, CorrespondenceBox.Drafts, "Robocze")];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAccessAsync(ct) || !Access.IsVerified) return;
        var all = new List<CorrespondenceEntry>();
        foreach (var source in sources) all.AddRange(await source.ListAsync(Access.Citizen!.UserId, Box, ct));
        Entries = all.OrderByDescending(e => e.Date).ToList();
    }
}
