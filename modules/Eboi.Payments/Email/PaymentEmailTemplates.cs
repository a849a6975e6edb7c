using Eboi.Email;
using F = Eboi.Payments.Workflow.PaymentWorkflowFields;

namespace Eboi.Payments.Email;

/// <summary>The payments e-mails' Polish default texts (Liquid, editable per tenant); the recipes' workflow "potwierdzenie-platnosci" sends them.</summary>
internal static class PaymentEmailTemplates
{
    public const string Confirmation = "platnosci.potwierdzenie";

    public static readonly IReadOnlyList<EmailTemplateDefinition> All =
    [
        EmailTemplateDefinition.Define(Confirmation, "Potwierdzenie opłacenia płatności internetowej (do płatnika)",
            "Potwierdzenie płatności {{ numer }} – {{ urzad }}",
            """
            Dzień dobry,

            operator płatności potwierdził Twoją płatność {{ numer }} z {{ data }} w portalu eBOI – {{ gmina }}.

            Opłacono:
            {{ pozycje }}

            Kwota: {{ kwota }}
            Prowizja operatora: {{ prowizja }}
            Razem: {{ razem }}

            Wpłata pojawi się w kartotece po jej zaksięgowaniu przez urząd. Wszystkie swoje płatności znajdziesz w portalu
            (Płatności → Historia płatności):
            {{ portal | append: "platnosci/historia" }}

            Ta wiadomość została wysłana automatycznie. Jeżeli nie chcesz dostawać potwierdzeń płatności, wyłącz je w ustawieniach
            powiadomień swojego konta.
            """,
            F.Placeholders),
    ];
}
