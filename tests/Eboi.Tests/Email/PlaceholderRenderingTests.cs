using Eboi.Email.Domain;
using Eboi.Email.Rendering;
using Eboi.Email.Templates;

namespace Eboi.Tests.Email;

public sealed class PlaceholderRenderingTests
{
    private static readonly EmailTemplateDefinition Activation = DefaultEmailTemplates.Find(EmailTemplateKeys.AccountActivation)!;

    private static RenderedEmail Render(string subject, string body, Dictionary<string, string> values) =>
        EmailRenderer.Render(Activation, subject, body, values);

    [Fact]
    public void Values_are_html_encoded_in_the_html_part_and_plain_in_the_text_part()
    {
        var r = Render("Witaj {{imie}}", "Dzień dobry {{imie}}!", new() { ["imie"] = "<script>alert('x')</script> & Żaneta \"Ż\"" });

        Assert.Equal("Witaj <script>alert('x')</script> & Żaneta \"Ż\"", r.Subject);
        Assert.Equal("Dzień dobry <script>alert('x')</script> & Żaneta \"Ż\"!", r.Text);
        Assert.Contains("<p>Dzień dobry &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Żaneta &quot;Ż&quot;!</p>", r.Html);
        Assert.DoesNotContain("<script>", r.Html);
        Assert.Contains("<title>Witaj &lt;script&gt;", r.Html);
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
        var r = Render("T", "Kliknij: {{link}}. Regulamin: https://gmina.pl/regulamin?a=1&b=2. Imię: {{imie}}", new()
        {
            ["link"] = "https://gmina.pl/aktywuj?t=a&u=b",
            ["imie"] = "https://phishing.example/",
        });

        Assert.Contains("<a href=\"https://gmina.pl/aktywuj?t=a&amp;u=b\">https://gmina.pl/aktywuj?t=a&amp;u=b</a>.", r.Html);
        Assert.Contains("<a href=\"https://gmina.pl/regulamin?a=1&amp;b=2\">https://gmina.pl/regulamin?a=1&amp;b=2</a>.", r.Html);
        Assert.Contains("Imię: https://phishing.example/</p>", r.Html);
        Assert.DoesNotContain("href=\"https://phishing", r.Html);
    }

    [Fact]
    public void A_link_value_that_is_not_an_http_url_is_only_text()
    {
        var r = Render("T", "{{link}}", new() { ["link"] = "javascript:alert(1)" });

        Assert.DoesNotContain("<a ", r.Html);
        Assert.Contains("<p>javascript:alert(1)</p>", r.Html);
    }

    [Fact]
    public void A_missing_value_renders_as_empty_and_is_reported()
    {
        var r = Render("Temat {{imie}}", "A{{link}}B {{wazny_do}}", new() { ["imie"] = "Jan" });

        Assert.Equal("Temat Jan", r.Subject);
        Assert.Equal("AB ", r.Text);
        Assert.Equal(["link", "wazny_do"], r.MissingPlaceholders);
    }

    [Fact]
    public void Values_are_inserted_once_and_never_expanded_again()
    {
        var r = Render("T", "{{imie}}", new() { ["imie"] = "{{link}}", ["link"] = "https://zly.example/" });

        Assert.Equal("{{link}}", r.Text);
        Assert.DoesNotContain("zly.example", r.Html);
    }

    [Fact]
    public void Line_breaks_in_subject_values_cannot_add_headers()
    {
        var r = Render("Witaj {{imie}}", "x", new() { ["imie"] = "Jan\r\nBcc: ofiara@example.test" });

        Assert.Equal("Witaj Jan Bcc: ofiara@example.test", r.Subject);
    }

    [Fact]
    public void Placeholders_may_have_spaces_inside_the_braces()
    {
        Assert.Equal(["imie", "link"], PlaceholderSyntax.Names("{{ imie }} i {{link}} i {{imie}}"));
        Assert.Equal("Jan", TextRenderer.Render("{{ imie }}", new Dictionary<string, string> { ["imie"] = "Jan" }, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Dzień dobry {{nazwisko}}", "Nieznane pole {{nazwisko}} w treści.")]
    [InlineData("{{Imie}} {{ imię }}", "Nieznane pola {{Imie}}, {{imię}} w treści.")]
    [InlineData("{{}}", "Nieznane pole {{}} w treści.")]
    public void An_unknown_placeholder_is_a_polish_validation_error(string body, string expectedStart)
    {
        var errors = EmailTemplateValidator.Validate(Activation, "Temat", body);

        var error = Assert.Single(errors);
        Assert.Equal(EmailTemplateValidator.BodyField, error.Field);
        Assert.StartsWith(expectedStart, error.Message);
        Assert.EndsWith("W tym szablonie można użyć: {{gmina}}, {{urzad}}, {{adres}}, {{portal}}, {{imie}}, {{link}}, {{wazny_do}}.", error.Message);
    }

    [Fact]
    public void Placeholders_allowed_in_one_template_are_unknown_in_another()
    {
        var deleted = DefaultEmailTemplates.Find(EmailTemplateKeys.AccountDeleted)!;

        var errors = EmailTemplateValidator.Validate(deleted, "Usunięto konto {{link}}", "Treść {{imie}} {{gmina}}");

        var error = Assert.Single(errors);
        Assert.Equal(EmailTemplateValidator.SubjectField, error.Field);
        Assert.StartsWith("Nieznane pole {{link}} w temacie.", error.Message);
    }

    [Theory]
    [InlineData("Dzień dobry {{imie}", "Niedomknięte pole w treści")]
    [InlineData("Dzień dobry imie}}", "Niedomknięte pole w treści")]
    public void Unclosed_braces_are_reported(string body, string expectedStart)
    {
        var error = Assert.Single(EmailTemplateValidator.Validate(Activation, "Temat", body));
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
