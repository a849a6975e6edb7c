using System.Globalization;
using Eboi.Cases.Domain;
using Eboi.Core.Workflows;
using Eboi.Email;

namespace Eboi.Cases.Events;

/// <summary>
/// The workflow events "sprawy.pismo-wyslane" and "sprawy.zmiana-etapu" projected from <see cref="CaseDocumentSent"/>
/// and <see cref="CaseStageChanged"/>: flat values for templates and conditions (names are stored: never rename), the
/// party as the person "powiadom.osobe" tells.
/// </summary>
internal static class CaseWorkflowFields
{
    public const string DocumentSentEvent = "sprawy.pismo-wyslane";
    public const string StageChangedEvent = "sprawy.zmiana-etapu";
    public const string SubjectType = "sprawa";

    public const string Znak = "znak";
    public const string Sprawa = "sprawa";
    public const string Pismo = "pismo";
    public const string Numer = "numer";
    public const string Data = "data";
    public const string Etap = "etap";
    public const string Status = "status";
    public const string Link = "link";
    public const string Osoba = "osoba";

    public static readonly IReadOnlyList<WorkflowField> DocumentFields =
    [
        new(Znak, "znak sprawy, np. ON.I.301.1.2026"),
        new(Sprawa, "tytuł sprawy"),
        new(Pismo, "tytuł pisma"),
        new(Numer, "numer pisma w rejestrze urzędu (może być pusty)"),
        new(Data, "data pisma"),
        new(Link, "ścieżka sprawy w portalu, np. sprawy/ON.I.301.1.2026"),
        new(Osoba, "identyfikator konta strony"),
    ];

    public static readonly IReadOnlyList<WorkflowField> StageFields =
    [
        new(Znak, "znak sprawy"),
        new(Sprawa, "tytuł sprawy"),
        new(Etap, "nazwa nowego etapu"),
        new(Data, "data etapu"),
        new(Status, "stan sprawy: w toku, zawieszona albo zakończona"),
        new(Link, "ścieżka sprawy w portalu"),
        new(Osoba, "identyfikator konta strony"),
    ];

    public static PlaceholderInfo[] DocumentPlaceholders => [.. DocumentFields.Select(f => new PlaceholderInfo(f.Name, f.Description))];
    public static PlaceholderInfo[] StagePlaceholders => [.. StageFields.Select(f => new PlaceholderInfo(f.Name, f.Description))];

    public static WorkflowEventData Project(CaseDocumentSent e) => new(
        new WorkflowSubject(SubjectType, e.CaseId.ToString("D")),
        new Dictionary<string, string>
        {
            [Znak] = e.Sign,
            [Sprawa] = e.CaseTitle,
            [Pismo] = e.DocumentTitle,
            [Numer] = e.RegisterNumber ?? "",
            [Data] = e.DocumentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [Link] = CasesPaths.Case(e.Sign).TrimStart('/'),
            [Osoba] = e.RecipientUserId.ToString("D", CultureInfo.InvariantCulture),
        },
        e.RecipientEmail);

    public static WorkflowEventData Project(CaseStageChanged e) => new(
        new WorkflowSubject(SubjectType, e.CaseId.ToString("D")),
        new Dictionary<string, string>
        {
            [Znak] = e.Sign,
            [Sprawa] = e.CaseTitle,
            [Etap] = e.StageName,
            [Data] = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [Status] = CaseStatuses.Label(e.Status),
            [Link] = CasesPaths.Case(e.Sign).TrimStart('/'),
            [Osoba] = e.RecipientUserId.ToString("D", CultureInfo.InvariantCulture),
        },
        e.RecipientEmail);
}
