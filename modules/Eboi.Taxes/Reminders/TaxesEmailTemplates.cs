using Eboi.Email;

namespace Eboi.Taxes.Reminders;

/// <summary>The taxes module's e-mail texts (Liquid, editable per tenant); workflows send them.</summary>
internal static class TaxesEmailTemplates
{
    public const string Reminder = "podatki.przypomnienie";

    public static readonly IReadOnlyList<EmailTemplateDefinition> All =
    [
        EmailTemplateDefinition.Define(Reminder, "Przypomnienie o terminie raty podatku lub opłaty (do podatnika)",
            "{% if rodzaj == \"po-terminie\" %}Minął termin płatności raty {{ rata }}{% else %}Zbliża się termin płatności raty {{ rata }}{% endif %} – {{ urzad }}",
            """
            Dzień dobry,

            {% if rodzaj == "po-terminie" %}termin płatności raty {{ rata }} ({{ podatek }}, karta {{ numer_karty }}) minął {{ termin }}. Od dnia po terminie naliczane są odsetki za zwłokę.{% else %}przypominamy, że {{ termin }} mija termin płatności raty {{ rata }} ({{ podatek }}, karta {{ numer_karty }}).{% endif %}

            Do zapłaty na dziś: {{ kwota }}.

            Zapłacisz online albo pobierzesz formularz przelewu z kodem QR na stronie karty:
            {{ link }}

            Jeżeli rata została już zapłacona, zignoruj tę wiadomość. Powiadomienia o płatnościach wyłączysz w ustawieniach konta.
            """,
            ReminderWorkflowFields.Placeholders),
    ];
}
