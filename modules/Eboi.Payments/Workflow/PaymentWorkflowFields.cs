using System.Globalization;
using Eboi.Core.Text;
using Eboi.Core.Workflows;
using Eboi.Email;
using Eboi.Payments.Display;

namespace Eboi.Payments.Workflow;

/// <summary>
/// The workflow event "platnosci.oplacono" projected from <see cref="PaymentSucceeded"/>: flat values for templates and
/// conditions (names are stored in definitions: never rename), the payer as the person "powiadom.osobe" tells.
/// </summary>
internal static class PaymentWorkflowFields
{
    public const string PaidEvent = "platnosci.oplacono";
    public const string SubjectType = "platnosc";

    public const string Numer = "numer";
    public const string Kwota = "kwota";
    public const string Prowizja = "prowizja";
    public const string Razem = "razem";
    public const string Tytul = "tytul";
    public const string Pozycje = "pozycje";
    public const string Email = "email";
    public const string Data = "data";
    public const string Osoba = "osoba";
    public const string Zrodlo = "zrodlo";

    public static readonly IReadOnlyList<WorkflowField> Fields =
    [
        new(Numer, "numer płatności, np. P/2026/000123"),
        new(Kwota, "kwota należności, np. 1 234,56 zł"),
        new(Prowizja, "prowizja operatora płatności, np. 0,00 zł"),
        new(Razem, "kwota razem z prowizją"),
        new(Tytul, "tytuł: opłacone pozycje po przecinku"),
        new(Pozycje, "opłacone pozycje, każda w osobnym wierszu z kwotą"),
        new(Email, "adres e-mail płatnika"),
        new(Data, "data i godzina opłacenia"),
        new(Osoba, "identyfikator konta płatnika"),
        new(Zrodlo, "moduł, który przyjął płatność (np. Taxes)"),
    ];

    /// <summary>The same fields as e-mail template placeholders.</summary>
    public static PlaceholderInfo[] Placeholders => [.. Fields.Select(f => new PlaceholderInfo(f.Name, f.Description))];

    public static WorkflowEventData Project(PaymentSucceeded e) => new(
        new WorkflowSubject(SubjectType, e.PaymentId.ToString("D")),
        new Dictionary<string, string>
        {
            [Numer] = e.Reference,
            [Kwota] = MoneyFormat.Zloty(e.Amount),
            [Prowizja] = MoneyFormat.Zloty(e.Commission),
            [Razem] = MoneyFormat.Zloty(e.Amount + e.Commission),
            [Tytul] = string.Join(", ", e.Lines.Select(l => l.Title)),
            [Pozycje] = string.Join("\n", e.Lines.Select(l => $"- {l.Title}: {MoneyFormat.Zloty(l.Amount)}")),
            [Email] = e.PayerEmail,
            [Data] = PolishTime.Format(e.PaidAt),
            [Osoba] = e.PayerUserId.ToString("D", CultureInfo.InvariantCulture),
            [Zrodlo] = e.Source,
        },
        e.PayerEmail);
}
