using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Eboi.Payments.FakeGateway;

/// <summary>
/// The payer's page of the fake gateway (plain accessible HTML, no script): what is paid, how the notification should
/// behave (for demos and tests) and three buttons: Zapłać, Odrzuć, Anuluj.
/// </summary>
internal static class FakeGatewayPage
{
    public const string DecisionField = "decyzja";
    public const string NotificationField = "powiadomienie";
    public const string Pay = "zaplac";
    public const string Reject = "odrzuc";
    public const string Cancel = "anuluj";
    public const string NotifyNone = "brak";
    public const string NotifyTwice = "podwojne";

    private static readonly (string Value, string Label)[] Modes =
    [
        (NotificationVariants.Normal, "Wyślij powiadomienie (jak prawdziwa bramka)"),
        (NotifyTwice, "Wyślij powiadomienie dwa razy (duplikat)"),
        (NotifyNone, "Nie wysyłaj powiadomienia (sklep musi sam zapytać bramkę)"),
        (NotificationVariants.Forged, "Wyślij powiadomienie ze złym podpisem"),
        (NotificationVariants.WrongAmount, "Wyślij powiadomienie ze złą kwotą"),
    ];

    // Polish letters stay letters, as in the app's pages.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(FakeTransaction t)
    {
        var e = Encoder;
        var amount = (t.Amount / 100m).ToString("N2", CultureInfo.GetCultureInfo("pl-PL"));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Bramka testowa: płatność</title></head><body><main>")
            .Append("<h1>Bramka testowa</h1>")
            .Append("<p>To nie jest prawdziwa bramka płatności: żadne pieniądze nie zostaną pobrane.</p>")
            .Append("<dl><dt>Tytuł</dt><dd>").Append(e.Encode(t.Description)).Append("</dd>")
            .Append("<dt>Kwota</dt><dd>").Append(e.Encode(amount)).Append(' ').Append(e.Encode(t.Currency)).Append("</dd></dl>");
        if (t.Decision is not null)
        {
            html.Append("<p role=\"status\">Ta płatność została już zakończona.</p><p><a href=\"").Append(e.Encode(t.UrlReturn.ToString()))
                .Append("\">Wróć do urzędu</a></p></main></body></html>");
            return html.ToString();
        }
        html.Append("<form method=\"post\"><fieldset><legend>Powiadomienie dla urzędu</legend>");
        for (var i = 0; i < Modes.Length; i++)
        {
            var (value, label) = Modes[i];
            html.Append("<div><input type=\"radio\" id=\"tryb-").Append(i).Append("\" name=\"").Append(NotificationField).Append("\" value=\"").Append(value).Append('"')
                .Append(i == 0 ? " checked" : "").Append("><label for=\"tryb-").Append(i).Append("\">").Append(e.Encode(label)).Append("</label></div>");
        }
        html.Append("</fieldset>")
            .Append("<p><button type=\"submit\" name=\"").Append(DecisionField).Append("\" value=\"").Append(Pay).Append("\">Zapłać</button> ")
            .Append("<button type=\"submit\" name=\"").Append(DecisionField).Append("\" value=\"").Append(Reject).Append("\">Odrzuć (bank odmawia)</button> ")
            .Append("<button type=\"submit\" name=\"").Append(DecisionField).Append("\" value=\"").Append(Cancel).Append("\">Anuluj</button></p>")
            .Append("</form></main></body></html>");
        return html.ToString();
    }
}
