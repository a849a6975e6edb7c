using Eboi.Core.Liquid;
using Eboi.Email;
using Eboi.Email.Domain;
using Eboi.Email.Rendering;
using Eboi.Email.Templates;

namespace Eboi.Tests.Email;

/// <summary>Liquid templates: values plain in text, encoded in HTML, links only where meant, and a sandbox that reaches nothing but the values.</summary>
public sealed class LiquidRenderingTests
{
    private static readonly EmailTemplateDefinition Activation = EmailTemplateDefinition.Define("test.aktywacja", "Aktywacja", "Aktywacja – {{ urzad }}",
        "Dzień dobry {{ imie }},\n\n{{ link }}\n\nważny do {{ wazny_do }}",
        new PlaceholderInfo("imie", "imię"), new PlaceholderInfo("link", "link aktywujący", IsLink: true), new PlaceholderInfo("wazny_do", "termin"));

    private static RenderedEmail Render(string subject, string body, Dictionary<string, string> values) =>
        EmailRenderer.Render(Activation, subject, body, values);

    [Fact]
    public void Values_are_html_encoded_in_the_html_part_and_plain_in_the_text_part()
    {
        var r = Render("Witaj {{ imie }}", "Dzień dobry {{ imie }}!", new() { ["imie"] = "<script>alert('x')</script> & Żaneta \"Ż\"" });

        Assert.Equal("Witaj <script>alert('x')</script> & Żaneta \"Ż\"", r.Subject);
        Assert.Equal("Dzień dobry <script>alert('x')</script> & Żaneta \"Ż\"!", r.Text);
        Assert.Contains("<p>Dzień dobry &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Żaneta &quot;Ż&quot;!</p>", r.Html);
        Assert.DoesNotContain("<script>", r.Html);
        Assert.Contains("<title>Witaj &lt;script&gt;", r.Html);
    }

    [Fact]
    public void The_editors_own_markup_is_encoded_too_and_raw_does_not_bypass_it()
    {
        var r = Render("T", "<b>Uwaga</b> {{ imie | raw }} {{ imie | upcase }}", new() { ["imie"] = "<i>x</i>" });

        Assert.Contains("<p>&lt;b&gt;Uwaga&lt;/b&gt; &lt;i&gt;x&lt;/i&gt; &lt;I&gt;X&lt;/I&gt;</p>", r.Html);
        Assert.Equal("<b>Uwaga</b> <i>x</i> <I>X</I>", r.Text);
    }

    [Fact]
    public void Blank_lines_make_paragraphs_and_single_line_breaks_stay()
    {
        var r = Render("T", "Pierwszy akapit\ndrugi wiersz\n\n\nDrugi akapit", []);

        Assert.Contains("<p>Pierwszy akapit<br>\ndrugi wiersz</p>\n<p>Drugi akapit</p>", r.Html);
        Assert.Equal("Pierwszy akapit\r\ndrugi wiersz\r\n\r\n\r\nDrugi akapit", r.Text);
    }

    [Fact]
    public void Link_placeholders_and_urls_typed_in_the_template_become_links_other_values_never_do()
    {
        var r = Render("T", "Kliknij: {{ link }}. Regulamin: https://gmina.pl/regulamin?a=1&b=2. Imię: {{ imie }} {{ imie | upcase }}", new()
        {
            ["link"] = "https://gmina.pl/aktywuj?t=a&u=b",
            ["imie"] = "https://phishing.example/",
        });

        Assert.Contains("<a href=\"https://gmina.pl/aktywuj?t=a&amp;u=b\">https://gmina.pl/aktywuj?t=a&amp;u=b</a>.", r.Html);
        Assert.Contains("<a href=\"https://gmina.pl/regulamin?a=1&amp;b=2\">https://gmina.pl/regulamin?a=1&amp;b=2</a>.", r.Html);
        Assert.Contains("Imię: https://phishing.example/ HTTPS://PHISHING.EXAMPLE/</p>", r.Html);
        Assert.DoesNotContain("href=\"https://phishing", r.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_link_value_that_is_not_an_http_url_is_only_text()
    {
        var r = Render("T", "{{ link }}", new() { ["link"] = "javascript:alert(1)" });

        Assert.DoesNotContain("<a ", r.Html);
        Assert.Contains("<p>javascript:alert(1)</p>", r.Html);
    }

    [Fact]
    public void A_value_cannot_forge_the_marks_that_make_a_link()
    {
        // Only a value equal to a link placeholder's value is linked, so an href is always one the portal chose.
        var r = Render("T", "{{ imie }}", new() { ["imie"] = "\uE002\uE001https://zly.example/\uE002", ["link"] = "https://gmina.pl/" });

        Assert.DoesNotContain("<a ", r.Html);
        Assert.Contains("<p>https://zly.example/</p>", r.Html);
    }

    [Fact]
    public void A_missing_value_renders_as_empty_and_is_reported()
    {
        var r = Render("Temat {{ imie }}", "A{{ link }}B {{ wazny_do }}", new() { ["imie"] = "Jan" });

        Assert.Equal("Temat Jan", r.Subject);
        Assert.Equal("AB ", r.Text);
        Assert.Equal(["link", "wazny_do"], r.MissingPlaceholders);
    }

    [Fact]
    public void Values_are_inserted_once_and_never_expanded_again()
    {
        var r = Render("T", "{{ imie }}", new() { ["imie"] = "{{ link }}{% raw %}", ["link"] = "https://zly.example/" });

        Assert.Equal("{{ link }}{% raw %}", r.Text);
        Assert.DoesNotContain("zly.example", r.Html);
    }

    [Fact]
    public void Line_breaks_in_subject_values_cannot_add_headers()
    {
        var r = Render("Witaj {{ imie }}", "x", new() { ["imie"] = "Jan\r\nBcc: ofiara@example.test\n\nTreść" });

        Assert.Equal("Witaj Jan Bcc: ofiara@example.test Treść", r.Subject);
        Assert.DoesNotContain('\n', r.Subject);
        Assert.DoesNotContain('\r', r.Subject);
    }

    [Fact]
    public void The_old_syntax_and_liquid_tags_both_render()
    {
        var r = Render("T", "{{imie}}|{% if wazny_do != blank %}do {{ wazny_do }}{% else %}bez terminu{% endif %}|{{ \"{%\" }}", new() { ["imie"] = "Jan" });

        Assert.Equal("Jan|bez terminu|{%", r.Text);
    }

    [Fact]
    public void A_template_reaches_nothing_but_the_values_no_clr_members()
    {
        var values = new Dictionary<string, string> { ["imie"] = "Jan" };
        var r = Render("{{ imie.GetType }}{{ imie.Length }}", "{{ imie.GetType.Assembly }}[{{ imie.GetHashCode }}]{{ Environment.MachineName }}", values);

        Assert.Equal("", r.Subject);
        Assert.Equal("[]", r.Text);
        var errors = EmailTemplateValidator.Validate(Activation, "{{ imie.GetType }}", "{{ Environment.MachineName }}");
        Assert.Equal([EmailTemplateValidator.SubjectField, EmailTemplateValidator.BodyField], errors.Select(e => e.Field));
        Assert.StartsWith("Nieznane pole {{ imie.GetType }} w temacie.", errors[0].Message);
        Assert.StartsWith("Nieznane pole {{ Environment.MachineName }} w treści.", errors[1].Message);
    }

    [Fact]
    public void A_loop_bomb_stops_at_the_step_limit_and_is_refused_when_saved()
    {
        const string bomb = "{% for i in (1..100000) %}{% for j in (1..100000) %}{{ imie }}{% endfor %}{% endfor %}";

        Assert.Throws<TemplateRenderException>(() => Render("T", bomb, new() { ["imie"] = "x" }));
        var error = Assert.Single(EmailTemplateValidator.Validate(Activation, "T", bomb));
        Assert.StartsWith("Szablon w treści jest zbyt złożony", error.Message);
    }

    [Fact]
    public void Output_is_limited_in_length()
    {
        const string wide = "{% for i in (1..4000) %}{{ imie }}{% endfor %}";

        var e = Assert.Throws<TemplateRenderException>(() => Render("T", wide, new() { ["imie"] = new string('x', 100) }));
        Assert.Contains("longer than", e.Message);
    }

    [Fact]
    public void Includes_are_refused_there_is_no_file_system()
    {
        var error = Assert.Single(EmailTemplateValidator.Validate(Activation, "T", "{% include 'sekrety' %}"));
        Assert.Equal("W treści nie można dołączać innych plików (polecenia include i render).", error.Message);
        Assert.Throws<TemplateRenderException>(() => Render("T", "{% render 'sekrety' %}", []));
    }

    [Theory]
    [InlineData("Dzień dobry {{ nazwisko }}", "Nieznane pole {{ nazwisko }} w treści.")]
    [InlineData("{{ Imie }} {{ nazwisko }} {{ Imie }}", "Nieznane pola {{ Imie }}, {{ nazwisko }} w treści.")]
    public void An_unknown_placeholder_is_a_polish_validation_error(string body, string expectedStart)
    {
        var errors = EmailTemplateValidator.Validate(Activation, "Temat", body);

        var error = Assert.Single(errors);
        Assert.Equal(EmailTemplateValidator.BodyField, error.Field);
        Assert.StartsWith(expectedStart, error.Message);
        Assert.EndsWith("W tym szablonie można użyć: {{ gmina }}, {{ urzad }}, {{ adres }}, {{ portal }}, {{ imie }}, {{ link }}, {{ wazny_do }}.", error.Message);
    }

    [Fact]
    public void Names_assigned_in_the_template_are_not_unknown()
    {
        Assert.Empty(EmailTemplateValidator.Validate(Activation, "T", "{% assign powitanie = 'Witaj' %}{{ powitanie }} {% for x in (1..2) %}{{ x }}{{ forloop.index }}{% endfor %}"));
    }

    [Fact]
    public void Values_allowed_in_one_template_are_unknown_in_another()
    {
        var deleted = EmailTemplateDefinition.Define("test.usuniete", "Usunięte", "T", "{{ imie }}", new PlaceholderInfo("imie", "imię"));

        var error = Assert.Single(EmailTemplateValidator.Validate(deleted, "Usunięto konto {{ link }}", "Treść {{ imie }} {{ gmina }}"));
        Assert.Equal(EmailTemplateValidator.SubjectField, error.Field);
        Assert.StartsWith("Nieznane pole {{ link }} w temacie.", error.Message);
    }

    [Theory]
    [InlineData("Dzień dobry {{ imie }", "Błąd zapisu w treści (wiersz 1, znak")]
    [InlineData("Dzień dobry {% if imie %}", "Błąd zapisu w treści (wiersz 1, znak")]
    [InlineData("{{}}", "Błąd zapisu w treści (wiersz 1, znak")]
    [InlineData("Dzień dobry imie}}", "Niedomknięte pole w treści")]
    public void Liquid_syntax_errors_and_unclosed_fields_are_reported_in_polish(string body, string expectedStart)
    {
        var error = Assert.Single(EmailTemplateValidator.Validate(Activation, "Temat", body));
        Assert.Equal(EmailTemplateValidator.BodyField, error.Field);
        Assert.StartsWith(expectedStart, error.Message);
    }

    [Fact]
    public void Required_fields_lengths_and_one_line_subject_are_checked()
    {
        Assert.Equal(["Wpisz temat wiadomości.", "Wpisz treść wiadomości."],
            EmailTemplateValidator.Validate(Activation, "  ", null).Select(e => e.Message));
        Assert.Equal(["Temat może mieć najwyżej 200 znaków.", "Treść może mieć najwyżej 10\u00a0000 znaków."],
            EmailTemplateValidator.Validate(Activation, new string('a', 201), new string('b', 10_001)).Select(e => e.Message));
        Assert.Equal(["Temat musi mieścić się w jednym wierszu."],
            EmailTemplateValidator.Validate(Activation, "a\nb", "treść").Select(e => e.Message));
    }
}
