namespace Eboi.FaultReports.Submission;

/// <summary>What the report form posts, as typed; checked by <see cref="Domain.FaultReportRules"/>, not by attributes.</summary>
internal sealed class ReportForm
{
    public string? Category { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Location { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}
