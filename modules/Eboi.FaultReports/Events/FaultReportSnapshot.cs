namespace Eboi.FaultReports.Events;

/// <summary>
/// What the fault report events carry: the report as it was when the event happened, in the flat shape workflows,
/// templates and e-mails use (field names agreed with the Workflows module; see <see cref="FaultReportWorkflowFields"/>).
/// </summary>
internal sealed record FaultReportSnapshot(
    Guid ReportId,
    string Numer,
    string Tytul,
    string Opis,
    string Kategoria,
    string Dzial,
    string DzialEmail,
    string Status,
    string Adres,
    string Link,
    string Zglaszajacy,
    string ReporterEmail);
