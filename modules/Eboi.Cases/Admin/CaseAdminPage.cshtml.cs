using Eboi.Cases.Citizen;
using Eboi.Cases.Domain;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Cases.Admin;

/// <summary>
/// /admin/sprawy/{id}: one case for staff (every opening audited): parties, timeline, documents, messages; with
/// cases.manage also the forms to assign the officer, add a stage and send an outgoing document (PDF, checked by content).
/// </summary>
[RequirePermission(CasesPermissions.View)]
internal sealed class CaseAdminPageModel(CaseRegister register) : PageModel
{
    [BindProperty] public OfficerForm Officer { get; set; } = new();
    [BindProperty] public StageForm Stage { get; set; } = new();
    [BindProperty] public DocumentForm Document { get; set; } = new();
    [BindProperty(Name = DocumentForm.FileField)] public IFormFile? Plik { get; set; }
    [TempData] public string? Message { get; set; }

    public CaseView? View { get; private set; }
    public bool CanManage => User.HasClaim(Permissions.ClaimType, CasesPermissions.Manage);

    public IReadOnlyList<string> ErrorOrder { get; } =
    [
        .. OfficerForm.InPageOrder.Select(f => $"{nameof(Officer)}.{f}"),
        .. StageForm.InPageOrder.Select(f => $"{nameof(Stage)}.{f}"),
        .. DocumentForm.InPageOrder.Select(f => f == DocumentForm.FileField ? f : $"{nameof(Document)}.{f}"),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, fill: true, ct);

    // Viewing needs cases.view (the class attribute); changing needs cases.manage, checked before anything is done.
    public async Task<IActionResult> OnPostOfficerAsync(Guid id, CancellationToken ct) => !CanManage ? Forbid() :
        await AfterAsync(id, nameof(Officer), await register.AssignOfficerAsync(id, Officer, ct), "Zapisano prowadzącego sprawę.", ct);

    public async Task<IActionResult> OnPostStageAsync(Guid id, CancellationToken ct) => !CanManage ? Forbid() :
        await AfterAsync(id, nameof(Stage), await register.AddStageAsync(id, Stage, ct), "Dodano etap; strona dostanie powiadomienie.", ct);

    public async Task<IActionResult> OnPostDocumentAsync(Guid id, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        byte[]? content = null;
        if (Plik is { Length: > 0 } file && file.Length <= PdfFile.MaxBytes + 1)
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, ct);
            content = copy.ToArray();
        }
        else if (Plik is { Length: > PdfFile.MaxBytes })
        {
            // Too large to read whole: a prefix is enough for the size message.
            content = new byte[PdfFile.MaxBytes + 1];
        }
        return await AfterAsync(id, nameof(Document), await register.SendDocumentAsync(id, Document, Plik?.FileName, content, ct),
            "Wysłano pismo; strona zobaczy je w Korespondencji → Odebrane i dostanie powiadomienie.", ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, string prefix, List<(string Field, string Message)>? errors, string done, CancellationToken ct)
    {
        if (errors is null) return NotFound();
        ModelState.Clear();
        if (errors.Count == 0)
        {
            Message = done;
            return Redirect(Url.Content("~" + CasesPaths.AdminCase(id)));
        }
        foreach (var (field, message) in errors)
            ModelState.AddModelError(field == DocumentForm.FileField ? field : $"{prefix}.{field}", message);
        return await ShowAsync(id, fill: false, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, bool fill, CancellationToken ct)
    {
        View = await register.OpenAsync(id, ct);
        if (View is null) return NotFound();
        if (fill)
        {
            var c = View.Case;
            Officer = new OfficerForm { Name = c.OfficerName, Department = c.OfficerDepartment, Phone = c.OfficerPhone, Email = c.OfficerEmail };
            Stage = new StageForm { Date = register.Today.ToString("yyyy-MM-dd"), Status = c.Status };
        }
        return Page();
    }
}
