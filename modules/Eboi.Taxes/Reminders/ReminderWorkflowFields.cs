using Eboi.Core.Text;
using Eboi.Core.Workflows;
using Eboi.Email;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;

namespace Eboi.Taxes.Reminders;

/// <summary>The values of the "podatki.przypomnienie" workflow event (names stored in workflows and templates: never rename).</summary>
internal static class ReminderWorkflowFields
{
    public const string Event = "podatki.przypomnienie";
    public const string SubjectType = "rata";

    public const string NumerKarty = "numer_karty";
    public const string Podatek = "podatek";
    public const string Rata = "rata";
    public const string Termin = "termin";
    public const string Kwota = "kwota";
    public const string Osoba = "osoba";
    public const string Rodzaj = "rodzaj";
    public const string Link = "link";

    public static readonly IReadOnlyList<WorkflowField> All =
    [
        new(NumerKarty, "numer karty (kartoteki) podatkowej"),
        new(Podatek, "rodzaj podatku lub opłaty, np. Podatek od nieruchomości"),
        new(Rata, "rata, np. 2/2026"),
        new(Termin, "termin płatności, np. 15.05.2026"),
        new(Kwota, "kwota do zapłaty na dziś (z odsetkami), np. 123,45 zł"),
        new(Osoba, "identyfikator konta osoby"),
        new(Rodzaj, $"rodzaj przypomnienia: {ReminderKinds.BeforeDue} albo {ReminderKinds.Overdue}"),
        new(Link, "link do karty w portalu"),
    ];

    public static PlaceholderInfo[] Placeholders => [.. All.Select(f => new PlaceholderInfo(f.Name, f.Description, IsLink: f.Name == Link))];

    public static WorkflowEventData Project(InstalmentReminderDue e) => new(
        new WorkflowSubject(SubjectType, e.InstalmentId.ToString("D")),
        new Dictionary<string, string>
        {
            [NumerKarty] = e.CardNumber,
            [Podatek] = e.CardKind,
            [Rata] = e.Instalment,
            [Termin] = PolishTime.Day(e.DueDate),
            [Kwota] = MoneyFormat.Zloty(e.Amount).Replace('\u00a0', ' '),
            [Osoba] = e.UserId.ToString("D"),
            [Rodzaj] = e.Kind,
            [Link] = e.Link,
        },
        e.Email);
}
