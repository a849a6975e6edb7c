using Eboi.Core.Data;
using Eboi.Forms.Attachments;
using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eboi.Users;

namespace Eboi.Forms.Filling;

/// <summary>
/// /formularze/robocze/{id}: filling one's own draft. "Zapisz wersję roboczą" keeps what was typed; "Dalej" also checks
/// it (GOV.UK: summary, message at each field, answers kept) and goes to the review. Files are checked and stored on
/// either button, and ticked "Usuń" boxes remove files. Anyone else's draft is a 404; a draft already sent leads to its submission.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
[Authorize]
internal sealed class DraftPageModel(DraftStore drafts, FormCatalog catalog, AttachmentIntake intake, VerifiedCitizenGate gate, EboiDbContext db) : PageModel
{
    private const long MaxRequestBytes = 5 * FieldLimits.AttachmentMaxBytes + 1024 * 1024;

    public const string SavedFlag = "zapisano";
    public const string CheckFlag = "sprawdz";

    public CitizenStanding Access { get; private set; } = CitizenStanding.SignedOut;
    public FormDraft Draft { get; private set; } = null!;
    public FormDefinition Form { get; private set; } = null!;
    public IReadOnlyDictionary<string, string?> Values { get; private set; } = new Dictionary<string, string?>();
    public IReadOnlyList<FormAttachment> Files { get; private set; } = [];
    public bool Saved { get; private set; }

    public const string RemoveField = "usun";

    public IEnumerable<string> ErrorOrder => DraftStore.AnswerKeys(Form).Select(FormInput.Name);

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = SavedFlag)] string? saved, [FromQuery(Name = CheckFlag)] string? check, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        Values = Draft.Answers.ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        Saved = saved == "tak";
        if (check == "tak") AddErrors(Check().Errors);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) => SaveAsync(id, validate: true, ct);

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) => SaveAsync(id, validate: false, ct);

    private async Task<IActionResult> SaveAsync(Guid id, bool validate, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        ModelState.Clear();
        foreach (var remove in Request.Form[RemoveField])
            if (Guid.TryParse(remove, out var fileId)) await intake.RemoveAsync(Draft, fileId, ct);
        var typed = Request.Form.Where(kv => kv.Key.StartsWith(FormInput.AnswerPrefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[FormInput.AnswerPrefix.Length..], kv => (string?)kv.Value.ToString());
        var fileErrors = new List<FieldError>();
        foreach (var file in Request.Form.Files.Where(f => f.Name.StartsWith(FormInput.FilePrefix, StringComparison.Ordinal) && (f.Length > 0 || f.FileName.Length > 0)))
        {
            var field = Form.Fields.FirstOrDefault(f => f.Kind == FieldKind.Attachment && f.Name == file.Name[FormInput.FilePrefix.Length..]);
            if (field is null) continue;
            await using var stream = file.OpenReadStream();
            var upload = await AttachmentIntake.ReadAsync(file.FileName, file.Length, stream, ct);
            if (await intake.AddAsync(Draft, field, upload, ct) is { } refusal) fileErrors.Add(new(field.Name, refusal));
        }
        await drafts.SaveAsync(Draft, Form, typed, ct);
        Values = typed;
        Files = await intake.OfAsync(Draft.Id, ct);
        var errors = fileErrors.ToList();
        // A refused file's own message says more than "attach a file".
        if (validate) errors.AddRange(Check().Errors.Where(e => fileErrors.All(f => f.Key != e.Key)));
        if (errors.Count > 0)
        {
            AddErrors(errors);
            return Page();
        }
        return Redirect(Url.Content("~" + (validate ? FormsPaths.Review(id) : FormsPaths.Draft(id) + $"?{SavedFlag}=tak")));
    }

    private FormValidator.Result Check() =>
        FormValidator.Check(Form.Fields, Values, Files.Select(f => f.Field).ToHashSet());

    private void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var e in errors) ModelState.AddModelError(FormInput.Name(e.Key), e.Message);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Access = await gate.CheckAsync(User, ct);
        if (Access.State == CitizenState.SignedOut) return Challenge();
        if (await drafts.OwnAsync(id, Access.UserId, ct) is not { } draft)
        {
            // The back button after sending, or a second click: the draft became this submission.
            var sent = await db.Set<FormSubmission>().AsNoTracking().AnyAsync(s => s.Id == id && s.UserId == Access.UserId, ct);
            return sent ? Redirect(Url.Content("~" + FormsPaths.Submission(id))) : NotFound();
        }
        if (!Access.IsVerified) return Forbid();
        Draft = draft;
        Form = await catalog.VersionAsync(draft.FormItemId, draft.FormVersion, ct) ?? throw new InvalidOperationException("The draft's form version is gone.");
        Files = await intake.OfAsync(draft.Id, ct);
        return null;
    }
}
