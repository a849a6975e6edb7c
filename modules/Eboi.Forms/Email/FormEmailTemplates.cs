using Eboi.Email;
using F = Eboi.Forms.Events.FormWorkflowFields;

namespace Eboi.Forms.Email;

/// <summary>The forms e-mails' Polish default texts (Liquid, editable per tenant); the recipes' workflow "zlozenie-formularza" sends them.</summary>
internal static class FormEmailTemplates
{
    public const string Receipt = "formularze.potwierdzenie-odbioru";
    public const string Department = "formularze.nowy-wniosek-dzial";

    public static readonly IReadOnlyList<EmailTemplateDefinition> All =
    [
        EmailTemplateDefinition.Define(Receipt, "Urzędowe poświadczenie odbioru (UPO) złożonego formularza (do wnioskodawcy)",
            "Poświadczenie odbioru: {{ formularz }} – {{ urzad }}",
            """
            Dzień dobry {{ nadawca }},

            {{ urzad }} otrzymał {{ data }} Twój formularz „{{ formularz }}”. Trafi do: {{ dzial }}.

            Identyfikator poświadczenia odbioru (UPO): {{ upo }}
            UPO do wydruku i pobrania w formacie XML (z podpisem urzędu):
            {{ link_upo }}

            Złożony formularz zobaczysz tutaj:
            {{ link }}
            """,
            F.Placeholders),

        EmailTemplateDefinition.Define(Department, "Nowy formularz złożony przez portal (do wydziału, do którego trafia)",
            "Nowy wniosek: {{ formularz }}",
            """
            Dzień dobry,

            w portalu eBOI – {{ gmina }} złożono formularz „{{ formularz }}” (wersja {{ wersja }}).

            Wnioskodawca: {{ nadawca }} ({{ email }})
            Data odbioru: {{ data }}
            Załączniki: {{ zalaczniki }}
            Identyfikator: {{ numer }}

            Treść wniosku i załączniki są w panelu urzędu, w części „Złożone formularze”.
            """,
            F.Placeholders),
    ];
}
