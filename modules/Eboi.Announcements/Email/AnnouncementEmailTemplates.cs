using Eboi.Email;
using Eboi.Email.Domain;

namespace Eboi.Announcements.Email;

/// <summary>The e-mail the office mailbox gets when someone adds an announcement (a second pair of eyes on what the portal shows).</summary>
internal static class AnnouncementEmailTemplates
{
    public const string OfficeCopy = "ogloszenia.kopia-dla-urzedu";

    /// <summary>Values the template may use besides the standard ones.</summary>
    public static class Values
    {
        public const string Tytul = "tytul";
        public const string Od = "od";
        public const string Do = "do";
        public const string Autor = "autor";
        public const string Link = "link";
    }

    public static readonly IReadOnlyList<EmailTemplateDefinition> All =
    [
        EmailTemplateDefinition.Define(OfficeCopy, "Kopia nowego ogłoszenia dla skrzynki urzędu",
            "Nowe ogłoszenie w portalu eBOI: {{ tytul }}",
            """
            Dzień dobry,

            w portalu eBOI – {{ gmina }} dodano ogłoszenie „{{ tytul }}” ({{ autor }}). Będzie widoczne na stronie głównej od {{ od }}{% if do != blank %} do {{ do }}{% endif %}.

            Ogłoszenie można zmienić albo usunąć w panelu urzędu:
            {{ link }}
            """,
            new(Values.Tytul, "tytuł ogłoszenia"),
            new(Values.Od, "data, od której ogłoszenie jest widoczne"),
            new(Values.Do, "data końca (puste, gdy bez końca)"),
            new(Values.Autor, "kto dodał ogłoszenie"),
            new(Values.Link, "link do ogłoszenia w panelu urzędu", IsLink: true)),
    ];
}
