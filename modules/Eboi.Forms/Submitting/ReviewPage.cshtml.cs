using Eboi.Core.Data;
using Eboi.Forms.Attachments;
using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Eboi.Forms.Filling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eboi.Users;

namespace Eboi.Forms.Submitting;

/// <summary>
/// /formularze/robocze/{id}/sprawdz: "Sprawdź odpowiedzi" with a change link per answer, then "Wyślij formularz".
/// Sending redirects to the sent form (PRG): the back button or a second click finds the submission, never a second one.
/// </summary>
[Authorize]
internal sealed class ReviewPageModel(DraftStore drafts, FormCatalog catalog, AttachmentIntake intake, VerifiedCitizenGate gate, FormSubmitter submitter, EboiDbContext db)
    : PageModel
{
    public FormDefinition Form { get; private set; } = null!;
    public FormDraft Draft { get; private set; } = null!;
    public IReadOnlyList<AnswerRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var files = await intake.OfAsync(id, ct);
        if (!FormValidator.Check(Form.Fields, Draft.Answers.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), files.Select(f => f.Field).ToHashSet()).IsValid)
            return BackToDraft(id);
        Rows = AnswerRows.Of(Form.Fields, Draft.Answers, files);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var result = await submitter.SubmitAsync(Draft, ct);
        return result.Submission is { } sent ? Redirect(Url.Content("~" + FormsPaths.Submission(sent.Id))) : BackToDraft(id);
    }

    private RedirectResult BackToDraft(Guid id) => Redirect(Url.Content("~" + FormsPaths.Draft(id)) + $"?{DraftPageModel.CheckFlag}=tak");

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var access = await gate.CheckAsync(User, ct);
        if (access.State == CitizenState.SignedOut) return Challenge();
        if (await drafts.OwnAsync(id, access.UserId, ct) is not { } draft)
        {
            var sent = await db.Set<FormSubmission>().AsNoTracking().AnyAsync(s => s.Id == id && s.UserId == access.UserId, ct);
            return sent ? Redirect(Url.Content("~" + FormsPaths.Submission(id))) : NotFound();
        }
        if (!access.IsVerified) return Forbid();
        Draft = draft;
        Form = await catalog.VersionAsync(draft.FormItemId, draft.FormVersion, ct) ?? throw new InvalidOperationException("The draft's form version is gone.");
        return null;
    }
}
