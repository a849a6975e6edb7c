using Eboi.FaultReports.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Submission;

/// <summary>/usterki/zgloszono: the thank-you page with the report number, or the "check your e-mail" page for an anonymous reporter.</summary>
internal sealed class SubmittedPageModel : PageModel
{
    [FromQuery(Name = "numer")] public string? Slug { get; set; }
    [FromQuery(Name = "potwierdz")] public string? Confirm { get; set; }

    public string? Number => ReportNumber.FromSlug(Slug);
    public bool AwaitsConfirmation => Confirm == "tak";

    public void OnGet() { }
}
