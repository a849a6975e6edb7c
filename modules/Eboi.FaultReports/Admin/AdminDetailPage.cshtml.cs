using System.Security.Claims;
using Eboi.Core.Security;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eboi.FaultReports.Admin;

/// <summary>
/// /admin/usterki/{numer}: one report with everything staff may do to it, one small form per action (handlers), each
/// redirecting back with a message, or showing its Polish error next to its field.
/// </summary>
[RequirePermission(FaultReportsPermissions.Moderate)]
internal sealed class AdminDetailPageModel(FaultReportDesk desk, FaultReportStore store, IEnumerable<IStaffDirectory> staffDirectories) : PageModel
{
    public FaultReport Report { get; private set; } = null!;
    public FaultCategory Category { get; private set; } = null!;
    public IReadOnlyList<FaultCategory> Categories { get; private set; } = [];
    public IReadOnlyList<FaultPhoto> Photos { get; private set; } = [];
    public IReadOnlyList<FaultUpdate> Timeline { get; private set; } = [];
    public IReadOnlyList<FaultNote> Notes { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    /// <summary>The assigned person as the directory knows them (null: nobody, or no longer staff).</summary>
    public StaffMember? AssignedPerson { get; private set; }

    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? NewStatus { get; set; }
    [BindProperty] public string? PublicNote { get; set; }
    [BindProperty] public string? CategoryKey { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? AssignedUser { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? DuplicateOf { get; set; }
    [BindProperty] public int Position { get; set; }

    public IEnumerable<SelectListItem> StatusItems => FaultStatus.All.Select(s => new SelectListItem(FaultStatus.Label(s), s, s == (NewStatus ?? Report.Status)));

    public IEnumerable<SelectListItem> CategoryItems => Categories.Select(c => new SelectListItem($"{c.Name} – {c.DepartmentName}", c.Key, c.Key == CategoryKey));

    public IEnumerable<SelectListItem> StaffItems =>
        [new SelectListItem("— nikt —", ""), .. Staff.Select(m => new SelectListItem($"{m.Name} ({m.Email})", m.Id.ToString("D"), m.Id.ToString("D") == AssignedUser))];

    public IEnumerable<SelectListItem> RoleItems => [new SelectListItem("— nikt —", ""), .. Roles.Select(x => new SelectListItem(x, x, x == Role))];

    public Task<IActionResult> OnGetAsync(string numer, CancellationToken ct) => ShowAsync(numer, ct);

    public Task<IActionResult> OnPostApproveAsync(string numer, CancellationToken ct) =>
        ActAsync(numer, async r => { await desk.ApproveAsync(r, ct); return (null, null, "Zgłoszenie zatwierdzone: jest widoczne publicznie."); }, ct);

    public Task<IActionResult> OnPostRejectAsync(string numer, CancellationToken ct) =>
        ActAsync(numer, async r => (nameof(Reason), await desk.RejectAsync(r, Reason, ct), "Zgłoszenie odrzucone."), ct);

    public Task<IActionResult> OnPostEditAsync(string numer, CancellationToken ct) =>
        ActAsync(numer, async r =>
        {
            var errors = await desk.EditAsync(r, Title, Description, ct);
            return errors.Count == 0 ? (null, null, "Zapisano treść zgłoszenia.") : (errors[0].Field, errors[0].Message, "");
        }, ct);

    public Task<IActionResult> OnPostPhotoAsync(string numer, CancellationToken ct) =>
        ActAsync(numer, async r => await desk.TogglePhotoAsync(r, Position, ct) ? (null, null, $"Zmieniono widoczność zdjęcia {Position}.") : ("", "Nie ma takiego zdjęcia.", ""), ct);

    public Task<IActionResult> OnPostStatusAsync(string numer, CancellationToken ct) =>
        ActAsync(numer, async r => (nameof(NewStatus), await desk.ChangeStatusAsync(r, NewStatus, PublicNote, ct), $"Zmieniono status na „{FaultStatus.Label(NewStatus ?? "")}”."), ct);

    public Task<IActionResult> OnPostAssignAsync(string numer, CancellationToken ct) =>
        ActAsync(numer, async r =>
        {
            // Anything but an id (a tampered value) is checked by the desk against the list, like an unknown id.
            Guid? person = string.IsNullOrEmpty(AssignedUser) ? null : Guid.TryParse(AssignedUser, out var id) ? id : Guid.Empty;
            return await desk.AssignAsync(r, CategoryKey, Role, person, ct) is { } error ? (error.Field, error.Message, "") : (null, null, "Zapisano przypisanie.");
        }, ct);

    public Task<IActionResult> OnPostNoteAsync(string numer, CancellationToken ct) =>
        ActAsync(numer, async r => (nameof(Note), await desk.AddNoteAsync(r, Note, User.FindFirstValue(ClaimTypes.Name) ?? "pracownik", ct), "Dodano notatkę."), ct);

    public Task<IActionResult> OnPostDuplicateAsync(string numer, CancellationToken ct) =>
        ActAsync(numer, async r => (nameof(DuplicateOf), await desk.MarkDuplicateAsync(r, DuplicateOf, ct), "Oznaczono jako duplikat."), ct);

    private async Task<IActionResult> ActAsync(string numer, Func<FaultReport, Task<(string? Field, string? Error, string Done)>> action, CancellationToken ct)
    {
        ModelState.Clear();
        if (ReportNumber.FromSlug(numer) is not { } number || await desk.FindAsync(number, ct) is not { } report) return NotFound();
        var (field, error, done) = await action(report);
        if (error is not null)
        {
            ModelState.AddModelError(field ?? "", error);
            return await ShowAsync(numer, ct);
        }
        Message = done;
        return Redirect(Url.Content("~" + FaultReportsPaths.AdminDetail(report.Number)));
    }

    private async Task<IActionResult> ShowAsync(string numer, CancellationToken ct)
    {
        if (ReportNumber.FromSlug(numer) is not { } number || await desk.FindAsync(number, ct) is not { } report) return NotFound();
        Report = report;
        Categories = await store.CategoriesAsync(activeOnly: false, ct);
        Category = Categories.Single(c => c.Id == report.CategoryId);
        Photos = await store.PhotosAsync(report.Id, ct);
        Timeline = await store.TimelineAsync(report.Id, ct);
        Notes = await desk.NotesAsync(report.Id, ct);
        Roles = staffDirectories.FirstOrDefault() is { } directory ? await directory.RolesAsync(ct) : [];
        Staff = await desk.AssignableStaffAsync(ct);
        AssignedPerson = await desk.StaffMemberAsync(report.AssignedUserId, ct);
        AssignedUser ??= report.AssignedUserId?.ToString("D");
        Title ??= report.Title;
        Description ??= report.Description;
        CategoryKey ??= Category.Key;
        Role ??= report.AssignedRole;
        return Page();
    }
}
