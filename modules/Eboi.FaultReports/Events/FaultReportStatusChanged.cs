using Eboi.Core.Events;

namespace Eboi.FaultReports.Events;

/// <summary>Staff (or a workflow) moved a report to another status, with the public note shown on its timeline.</summary>
[DomainEvent("usterki.zmiana-statusu")]
internal sealed record FaultReportStatusChanged(FaultReportSnapshot Report, string PreviousStatus, string? Note);
