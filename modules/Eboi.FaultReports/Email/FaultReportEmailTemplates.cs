using Eboi.Email;
using Eboi.FaultReports.Events;
using F = Eboi.FaultReports.Events.FaultReportWorkflowFields;

namespace Eboi.FaultReports.Email;

/// <summary>
/// The fault report e-mails' Polish default texts (Liquid, editable per tenant). Workflows send the first four; the
/// module itself sends only <see cref="ConfirmAddress"/> (an anonymous reporter's link, before the report exists).
/// </summary>
internal static class FaultReportEmailTemplates
{
    public const string Confirmation = "usterki.potwierdzenie-zgloszenia";
    public const string Department = "usterki.nowe-zgloszenie-dzial";
    public const string StatusChanged = "usterki.zmiana-statusu";
    public const string ModerationReminder = "usterki.przypomnienie-moderacja";
    public const string ConfirmAddress = "usterki.potwierdz-adres";

    /// <summary>Values of <see cref="ConfirmAddress"/>.</summary>
    public static class ConfirmValues
    {
        public const string Tytul = "tytul";
        public const string Link = "link";
        public const string WaznyDo = "wazny_do";
    }

    public static readonly IReadOnlyList<EmailTemplateDefinition> All =
    [
        EmailTemplateDefinition.Define(Confirmation, "Potwierdzenie przyjęcia zgłoszenia usterki (do zgłaszającego)",
            "Zgłoszenie {{ numer }} przyjęte – {{ urzad }}",
            """
            Dzień dobry {{ zglaszajacy }},

            dziękujemy za zgłoszenie usterki „{{ tytul }}” ({{ miejsce }}). Nadaliśmy mu numer {{ numer }}.

            Zgłoszenie trafi do działu: {{ dzial }}. O każdej zmianie statusu napiszemy na ten adres.
            Stan zgłoszenia sprawdzisz tutaj:
            {{ link }}
            """,
            F.Placeholders(F.Common)),

        EmailTemplateDefinition.Define(Department, "Nowe zgłoszenie usterki (do działu, który się nim zajmuje)",
            "Nowe zgłoszenie {{ numer }}: {{ tytul }}",
            """
            Dzień dobry,

            w portalu eBOI – {{ gmina }} zgłoszono usterkę w kategorii „{{ kategoria }}”.

            Numer: {{ numer }}
            Tytuł: {{ tytul }}
            Miejsce: {{ miejsce }}
            Zgłaszający: {{ zglaszajacy }}

            {{ opis }}

            Zgłoszenie w portalu:
            {{ link }}
            """,
            F.Placeholders(F.Common)),

        EmailTemplateDefinition.Define(StatusChanged, "Zmiana statusu zgłoszenia usterki (do zgłaszającego, z notatką urzędu)",
            "Zgłoszenie {{ numer }}: {{ status_nazwa }}",
            """
            Dzień dobry {{ zglaszajacy }},

            zgłoszenie {{ numer }} „{{ tytul }}” ma nowy status: {{ status_nazwa }}.
            {% if notatka != blank %}
            Informacja z urzędu:
            {{ notatka }}
            {% endif %}
            Historia zgłoszenia:
            {{ link }}
            """,
            F.Placeholders(F.StatusChange)),

        EmailTemplateDefinition.Define(ModerationReminder, "Przypomnienie dla moderatorów o zgłoszeniu, które wciąż czeka",
            "Zgłoszenie {{ numer }} czeka na moderację",
            """
            Dzień dobry,

            zgłoszenie {{ numer }} „{{ tytul }}” ({{ kategoria }}, {{ miejsce }}) nadal ma status „{{ status_nazwa }}”.
            Prosimy o jego przejrzenie w panelu urzędu.

            {{ link }}
            """,
            F.Placeholders(F.Common)),

        EmailTemplateDefinition.Define(ConfirmAddress, "Potwierdzenie adresu e-mail przy zgłoszeniu usterki bez logowania",
            "Potwierdź zgłoszenie usterki – {{ urzad }}",
            """
            Dzień dobry,

            ktoś (prawdopodobnie Ty) zgłosił w portalu eBOI – {{ gmina }} usterkę „{{ tytul }}”, podając ten adres e-mail.

            Aby zgłoszenie trafiło do urzędu, otwórz poniższy link:
            {{ link }}

            Link jest ważny do {{ wazny_do }}. Jeżeli to nie Ty, zignoruj tę wiadomość: bez potwierdzenia zgłoszenie nie zostanie przekazane.
            """,
            new PlaceholderInfo(ConfirmValues.Tytul, "tytuł zgłoszenia"),
            new PlaceholderInfo(ConfirmValues.Link, "link potwierdzający zgłoszenie", IsLink: true),
            new PlaceholderInfo(ConfirmValues.WaznyDo, "data i godzina, do której link jest ważny")),
    ];
}
