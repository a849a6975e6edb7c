using Eboi.Core.Events;

namespace Eboi.FaultReports.Events;

/// <summary>A report now exists for staff: a signed-in citizen's at once, an anonymous one when its e-mailed link is opened.</summary>
[DomainEvent("usterki.zgloszono")]
internal sealed record FaultReportSubmitted(FaultReportSnapshot Report);
