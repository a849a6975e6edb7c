using Eboi.Core.Workflows;
using Eboi.Email;

namespace Eboi.FaultReports.Events;

/// <summary>
/// The flat values of the two fault report events, as workflows and the e-mail templates know them (names agreed with
/// the Workflows module: never rename), and the projections <see cref="FaultReportsModule"/> registers.
/// </summary>
internal static class FaultReportWorkflowFields
{
    public const string SubjectType = "usterka";
    public const string SubmittedEvent = "usterki.zgloszono";
    public const string StatusChangedEvent = "usterki.zmiana-statusu";

    public const string Numer = "numer";
    public const string Tytul = "tytul";
    public const string Opis = "opis";
    public const string Kategoria = "kategoria";
    public const string Dzial = "dzial";
    public const string DzialEmail = "dzial_email";
    public const string Status = "status";
    public const string StatusNazwa = "status_nazwa";
    public const string PoprzedniStatus = "poprzedni_status";
    public const string Notatka = "notatka";
    public const string Adres = "adres";

    /// <summary>The same place text as <see cref="Adres"/>, for e-mail templates: there "adres" is the office's address (a standard value).</summary>
    public const string Miejsce = "miejsce";
    public const string Link = "link";
    public const string Zglaszajacy = "zglaszajacy";

    public static readonly IReadOnlyList<WorkflowField> Common =
    [
        new(Numer, "numer zgłoszenia, np. U/2026/00042"),
        new(Tytul, "tytuł zgłoszenia"),
        new(Opis, "opis usterki"),
        new(Kategoria, "kategoria usterki"),
        new(Dzial, "dział, który zajmuje się kategorią"),
        new(DzialEmail, "adres e-mail działu"),
        new(Status, "status (wartość, np. w-realizacji)"),
        new(StatusNazwa, "status po polsku, np. w realizacji"),
        new(Adres, "miejsce usterki"),
        new(Miejsce, "miejsce usterki (to samo co adres; w szablonach e-mail „adres” to adres urzędu)"),
        new(Link, "link do zgłoszenia"),
        new(Zglaszajacy, "imię i nazwisko zgłaszającego (nie pokazuj publicznie)"),
    ];

    public static readonly IReadOnlyList<WorkflowField> StatusChange =
    [
        .. Common,
        new(PoprzedniStatus, "poprzedni status (wartość)"),
        new(Notatka, "publiczna notatka urzędu do zmiany statusu"),
    ];

    /// <summary>The same fields as e-mail template placeholders, but "adres", which e-mail keeps for the office's address.</summary>
    public static PlaceholderInfo[] Placeholders(IReadOnlyList<WorkflowField> fields) =>
        [.. fields.Where(f => f.Name != PlaceholderNames.Adres).Select(f => new PlaceholderInfo(f.Name, f.Description, IsLink: f.Name == Link))];

    public static Dictionary<string, string> Values(FaultReportSnapshot r) => new()
    {
        [Numer] = r.Numer,
        [Tytul] = r.Tytul,
        [Opis] = r.Opis,
        [Kategoria] = r.Kategoria,
        [Dzial] = r.Dzial,
        [DzialEmail] = r.DzialEmail,
        [Status] = r.Status,
        [StatusNazwa] = FaultStatus.Label(r.Status),
        [Adres] = r.Adres,
        [Miejsce] = r.Adres,
        [Link] = r.Link,
        [Zglaszajacy] = r.Zglaszajacy,
    };

    public static WorkflowEventData Project(FaultReportSubmitted e) =>
        new(new WorkflowSubject(SubjectType, e.Report.ReportId.ToString("D")), Values(e.Report), e.Report.ReporterEmail);

    public static WorkflowEventData Project(FaultReportStatusChanged e)
    {
        var values = Values(e.Report);
        values[PoprzedniStatus] = e.PreviousStatus;
        values[Notatka] = e.Note ?? "";
        return new(new WorkflowSubject(SubjectType, e.Report.ReportId.ToString("D")), values, e.Report.ReporterEmail);
    }
}
