using Eboi.Core.Text;
using Eboi.Core.Workflows;
using Eboi.Email;

namespace Eboi.Forms.Events;

/// <summary>
/// The workflow event "formularze.zlozono" projected from <see cref="FormSubmitted"/>: flat values for templates and
/// conditions (names are stored in definitions: never rename); the sender is the person "osoba" e-mails reach.
/// </summary>
internal static class FormWorkflowFields
{
    public const string SubmittedEvent = "formularze.zlozono";
    public const string SubjectType = "formularz";

    public const string Numer = "numer";
    public const string Formularz = "formularz";
    public const string Wersja = "wersja";
    public const string Nadawca = "nadawca";
    public const string Email = "email";
    public const string Dzial = "dzial";
    public const string DzialEmail = "dzial_email";
    public const string Data = "data";
    public const string Upo = "upo";
    public const string Link = "link";
    public const string LinkUpo = "link_upo";
    public const string Zalaczniki = "zalaczniki";

    public static readonly IReadOnlyList<WorkflowField> Fields =
    [
        new(Numer, "identyfikator złożonego formularza"),
        new(Formularz, "nazwa formularza, np. Wniosek o udostępnienie informacji publicznej"),
        new(Wersja, "wersja formularza, którą wypełniono"),
        new(Nadawca, "imię i nazwisko (nazwa) wnioskodawcy"),
        new(Email, "adres e-mail wnioskodawcy"),
        new(Dzial, "wydział lub referat, do którego trafia formularz"),
        new(DzialEmail, "adres e-mail tego wydziału"),
        new(Data, "data i godzina odbioru"),
        new(Upo, "identyfikator poświadczenia odbioru (UPO)"),
        new(Link, "link do złożonego formularza w portalu"),
        new(LinkUpo, "link do UPO (do wydruku i pobrania XML)"),
        new(Zalaczniki, "liczba załączników"),
    ];

    public static PlaceholderInfo[] Placeholders => [.. Fields.Select(f => new PlaceholderInfo(f.Name, f.Description, IsLink: f.Name is Link or LinkUpo))];

    public static WorkflowEventData Project(FormSubmitted e) => new(
        new WorkflowSubject(SubjectType, e.SubmissionId.ToString("D")),
        new Dictionary<string, string>
        {
            [Numer] = e.SubmissionId.ToString("D"),
            [Formularz] = e.FormTitle,
            [Wersja] = e.FormVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [Nadawca] = e.SenderName,
            [Email] = e.SenderEmail,
            [Dzial] = e.Department,
            [DzialEmail] = e.DepartmentEmail ?? "",
            [Data] = PolishTime.Format(e.SubmittedAt),
            [Upo] = e.UpoId.ToString("D"),
            [Link] = e.Link,
            [LinkUpo] = e.Link + "/upo",
            [Zalaczniki] = e.Files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        e.SenderEmail);
}
