using Eboi.Email;
using Eboi.Email.Domain;
using Eboi.Users.Domain;
using P = Eboi.Users.Email.AccountEmailPlaceholders;

namespace Eboi.Users.Email;

/// <summary>The account e-mails' Polish default text and values (Liquid); registered in <see cref="UsersModule"/>, editable per tenant.</summary>
internal static class AccountEmailTemplates
{
    private static readonly PlaceholderInfo Imie = new(P.Imie, "imię adresata");
    private static readonly PlaceholderInfo WaznyDo = new(P.WaznyDo, "data i godzina, do której link jest ważny");

    public static readonly IReadOnlyList<EmailTemplateDefinition> All =
    [
        EmailTemplateDefinition.Define(AccountEmails.Activation, "Aktywacja nowego konta (link ważny 48 godzin)",
            "Aktywacja konta w portalu eBOI – {{ urzad }}",
            """
            Dzień dobry {{ imie }},

            dziękujemy za założenie konta w Elektronicznym Biurze Obsługi Interesanta (eBOI) – {{ gmina }}.

            Aby aktywować konto, otwórz poniższy link:
            {{ link }}

            Link jest ważny do {{ wazny_do }}. Jeżeli konto nie zostało założone przez Ciebie, zignoruj tę wiadomość – bez aktywacji konto nie zacznie działać.
            """,
            Imie, new(P.Link, "link aktywujący konto", IsLink: true), WaznyDo),

        EmailTemplateDefinition.Define(AccountEmails.AlreadyRegistered, "Próba rejestracji na adres, który ma już konto (wysyłana zamiast aktywacji)",
            "Próba założenia konta w portalu eBOI – {{ urzad }}",
            """
            Dzień dobry,

            ktoś próbował założyć konto w portalu eBOI – {{ gmina }}, podając ten adres e-mail. Do tego adresu jest już przypisane konto, dlatego nowe konto nie zostało utworzone.

            Jeżeli pamiętasz hasło, zaloguj się:
            {{ link_logowania }}

            Jeżeli nie pamiętasz hasła, ustaw nowe:
            {{ link_reset }}

            Jeżeli to nie była Twoja próba, zignoruj tę wiadomość – Twoje konto i hasło pozostają bez zmian.
            """,
            new(P.LinkLogowania, "link do strony logowania", IsLink: true),
            new(P.LinkReset, "link do strony „Nie pamiętam hasła”", IsLink: true)),

        EmailTemplateDefinition.Define(AccountEmails.Invitation, "Konto założone przez pracownika urzędu: ustawienie hasła",
            "Konto w portalu eBOI – ustaw hasło – {{ urzad }}",
            """
            Dzień dobry {{ imie }},

            {{ urzad }} założył dla Ciebie konto w Elektronicznym Biurze Obsługi Interesanta (eBOI) – {{ gmina }}.

            Aby zacząć z niego korzystać, ustaw hasło, otwierając poniższy link:
            {{ link }}

            Link jest ważny do {{ wazny_do }}. Po tym terminie skorzystaj z opcji „Nie pamiętam hasła” na stronie logowania albo poproś urząd o nowe zaproszenie.
            """,
            Imie, new(P.Link, "link do ustawienia hasła", IsLink: true), WaznyDo),

        EmailTemplateDefinition.Define(AccountEmails.PasswordReset, "Ustawienie nowego hasła (hasło nigdy nie jest wysyłane e-mailem)",
            "Ustawienie nowego hasła – {{ urzad }}",
            """
            Dzień dobry {{ imie }},

            otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta w portalu eBOI – {{ gmina }}.

            Aby ustawić nowe hasło, otwórz poniższy link:
            {{ link }}

            Link jest ważny do {{ wazny_do }} i można go użyć tylko raz. Nigdy nie wysyłamy haseł pocztą elektroniczną.

            Jeżeli to nie Ty prosisz o zmianę hasła, zignoruj tę wiadomość – dotychczasowe hasło pozostaje bez zmian.
            """,
            Imie, new(P.Link, "link do ustawienia nowego hasła", IsLink: true), WaznyDo),

        EmailTemplateDefinition.Define(AccountEmails.PasswordChanged, "Powiadomienie o zmianie hasła",
            "Hasło do konta zostało zmienione – {{ urzad }}",
            """
            Dzień dobry {{ imie }},

            hasło do Twojego konta w portalu eBOI – {{ gmina }} zostało zmienione ({{ czas }}).

            Jeżeli to była Twoja zmiana, nie musisz nic robić. Jeżeli nie, niezwłocznie skontaktuj się z urzędem: {{ urzad }}, {{ adres }}.
            """,
            Imie, new(P.Czas, "data i godzina zmiany hasła")),

        EmailTemplateDefinition.Define(AccountEmails.VerificationApproved, "Konto zweryfikowane (powiązane z tożsamością)",
            "Konto zostało zweryfikowane – {{ urzad }}",
            """
            Dzień dobry {{ imie }},

            urząd potwierdził Twoją tożsamość i Twoje konto w portalu eBOI – {{ gmina }} jest teraz zweryfikowane. Możesz korzystać z usług, które tego wymagają.

            Zaloguj się w portalu: {{ portal }}
            """,
            Imie),

        EmailTemplateDefinition.Define(AccountEmails.VerificationRejected, "Wniosek o weryfikację konta odrzucony (z podaniem powodu)",
            "Wniosek o weryfikację konta został odrzucony – {{ urzad }}",
            """
            Dzień dobry {{ imie }},

            Twój wniosek o weryfikację konta w portalu eBOI – {{ gmina }} został odrzucony.

            Powód: {{ powod }}

            Możesz złożyć nowy wniosek po zalogowaniu się w portalu. W razie pytań skontaktuj się z urzędem.
            """,
            Imie, new(P.Powod, "powód odrzucenia wniosku")),

        EmailTemplateDefinition.Define(AccountEmails.AccountDeleted, "Konto usunięte",
            "Konto zostało usunięte – {{ urzad }}",
            """
            Dzień dobry {{ imie }},

            Twoje konto w portalu eBOI – {{ gmina }} zostało usunięte i nie można się już na nie zalogować.

            Jeżeli uważasz, że to pomyłka, skontaktuj się z urzędem.
            """,
            Imie),
    ];
}
