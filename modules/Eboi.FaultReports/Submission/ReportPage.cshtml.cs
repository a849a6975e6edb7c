using System.Security.Claims;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Photos;
using Eboi.FaultReports.Reports;
using Eboi.FaultReports.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;

namespace Eboi.FaultReports.Submission;

/// <summary>/usterki/zglos: the report form (category, title, description, place by map pin or typed coordinates, photos, contact).</summary>
[EnableRateLimiting(SubmissionRateLimit.Policy)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
internal sealed class ReportPageModel(FaultReportStore store, FaultReportSubmitter submitter) : PageModel
{
    private const long MaxRequestBytes = FaultReportRules.MaxPhotos * (PhotoProcessor.MaxBytes + 1024 * 1024) + 1024 * 1024;

    [BindProperty] public ReportForm Form { get; set; } = new();

    public IReadOnlyList<SelectListItem> Categories { get; private set; } = [];
    public FaultMapSettings Map { get; private set; } = new();
    public bool Anonymous => User.Identity?.IsAuthenticated != true;
    public bool PhotosDropped { get; private set; }

    public IReadOnlyList<string> ErrorOrder { get; } = FaultReportRules.Fields.InPageOrder.Select(f => $"{nameof(Form)}.{f}").ToList();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? photos, CancellationToken ct)
    {
        ModelState.Clear();
        var uploaded = new List<UploadedPhoto>();
        foreach (var file in (photos ?? []).Where(f => f.Length > 0 || f.FileName.Length > 0))
            uploaded.Add(await ReadAsync(file, ct));
        var reporter = Anonymous
            ? Reporter.Anonymous
            : new Reporter(Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
                User.FindFirstValue(ClaimTypes.GivenName) ?? User.Identity?.Name,
                User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name);
        var input = new FaultReportRules.Input(Form.Category, Form.Title, Form.Description, Form.Location, Form.Name, Form.Email, Form.Phone, reporter.IsAnonymous);
        var result = await submitter.SubmitAsync(input, uploaded, reporter, "web", ct);
        if (result.Report is not { } report)
        {
            foreach (var (field, message) in result.Errors) ModelState.AddModelError($"{nameof(Form)}.{field}", message);
            PhotosDropped = uploaded.Count > 0;
            await LoadAsync(ct);
            return Page();
        }
        return Redirect(Url.Content("~" + FaultReportsPaths.Submitted) + "?numer=" + Uri.EscapeDataString(ReportNumber.ToSlug(report.Number))
            + (result.NeedsConfirmation ? "&potwierdz=tak" : ""));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Categories = [new SelectListItem("— wybierz —", ""), .. (await store.CategoriesAsync(activeOnly: true, ct)).Select(c => new SelectListItem(c.Name, c.Key))];
        Map = await store.MapAsync(ct);
        MapAssets.AllowTiles(HttpContext, Map.TileUrl);
    }

    // Reads at most one byte past the limit: enough to refuse an oversized file without holding all of it.
    private static async Task<UploadedPhoto> ReadAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= PhotoProcessor.MaxBytes && (read = await stream.ReadAsync(chunk, ct)) > 0) buffer.Write(chunk, 0, read);
        return new UploadedPhoto(file.FileName, buffer.ToArray());
    }
}
