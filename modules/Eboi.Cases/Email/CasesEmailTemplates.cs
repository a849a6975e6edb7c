using Eboi.Cases.Events;
using Eboi.Email;

namespace Eboi.Cases.Email;

/// <summary>The cases e-mails' Polish default texts (Liquid, editable per tenant).</summary>
internal static class CasesEmailTemplates
{
    /// <summary>To the case officer: a party wrote through "Napisz do prowadzącego".</summary>
    public const string MessageToOfficer = "sprawy.wiadomosc-do-prowadzacego";

    /// <summary>To the party: a new outgoing document (sent by the recipes' workflow "nowe-pismo-w-sprawie").</summary>
    public const string DocumentSent = "sprawy.nowe-pismo";

    /// <summary>To the party: the case reached a new stage (the recipes' workflow "zmiana-etapu-sprawy").</summary>
    public const string StageChanged = "sprawy.zmiana-etapu";

    public static class Values
    {
        public const string Znak = "znak";
        public const string Sprawa = "sprawa";
        public const string Temat = "temat";
        public const string Tresc = "tresc";
        public const string Nadawca = "nadawca";
        public const string NadawcaEmail = "nadawca_email";
        public const string Prowadzacy = "prowadzacy";
    }

    public static readonly IReadOnlyList<EmailTemplateDefinition> All =
    [
        EmailTemplateDefinition.Define(MessageToOfficer, "Wiadomość strony do prowadzącego sprawę (z portalu)",
            "[{{ znak }}] {{ temat }}",
            """
            Dzień dobry{% if prowadzacy != blank %} {{ prowadzacy }}{% endif %},

            {{ nadawca }} ({{ nadawca_email }}), strona sprawy {{ znak }} „{{ sprawa }}”, napisał(a) w portalu eBOI – {{ gmina }}:

            Temat: {{ temat }}

            {{ tresc }}

            Wiadomość trafiła też do skrzynki podawczej EZD urzędu i otrzyma tam numer w rejestrze. Odpowiedz pismem w sprawie;
            nie odpowiadaj na ten adres.
            """,
            new(Values.Znak, "znak sprawy"),
            new(Values.Sprawa, "tytuł sprawy"),
            new(Values.Temat, "temat wiadomości"),
            new(Values.Tresc, "treść wiadomości"),
            new(Values.Nadawca, "imię i nazwisko (nazwa) nadawcy"),
            new(Values.NadawcaEmail, "adres e-mail nadawcy"),
            new(Values.Prowadzacy, "imię i nazwisko prowadzącego (może być puste)")),
        EmailTemplateDefinition.Define(DocumentSent, "Nowe pismo w sprawie (do strony)",
            "Nowe pismo w sprawie {{ znak }} – {{ urzad }}",
            """
            Dzień dobry,

            w Twojej sprawie {{ znak }} „{{ sprawa }}” urząd wysłał pismo „{{ pismo }}”{% if numer != blank %} (nr {{ numer }}){% endif %} z dnia {{ data }}.

            Pismo znajdziesz w portalu w zakładce Korespondencja → Odebrane albo w szczegółach sprawy:
            {{ portal | append: link }}

            Ta wiadomość została wysłana automatycznie.
            """,
            CaseWorkflowFields.DocumentPlaceholders),
        EmailTemplateDefinition.Define(StageChanged, "Nowy etap sprawy (do strony)",
            "Sprawa {{ znak }}: {{ etap }} – {{ urzad }}",
            """
            Dzień dobry,

            Twoja sprawa {{ znak }} „{{ sprawa }}” przeszła do etapu „{{ etap }}” ({{ data }}). Stan sprawy: {{ status }}.

            Szczegóły sprawy:
            {{ portal | append: link }}

            Ta wiadomość została wysłana automatycznie.
            """,
            CaseWorkflowFields.StagePlaceholders),
    ];
}
