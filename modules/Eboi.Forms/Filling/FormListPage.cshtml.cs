using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Eboi.Users;

namespace Eboi.Forms.Filling;

/// <summary>/formularze: the published forms; a signed-in citizen also sees their drafts and sent forms.</summary>
internal sealed class FormListPageModel(FormCatalog catalog, VerifiedCitizenGate gate, CitizenForms mine) : PageModel
{
    public IReadOnlyList<FormDefinition> Forms { get; private set; } = [];
    public CitizenStanding Access { get; private set; } = CitizenStanding.SignedOut;
    public IReadOnlyList<CitizenFormEntry> Drafts { get; private set; } = [];
    public IReadOnlyList<CitizenFormEntry> Sent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forms = await catalog.PublishedAsync(ct);
        Access = await gate.CheckAsync(User, ct);
        if (Access.State == CitizenState.SignedOut) return;
        Drafts = await mine.DraftsAsync(Access.UserId, ct);
        Sent = await mine.SubmissionsAsync(Access.UserId, ct);
    }
}
