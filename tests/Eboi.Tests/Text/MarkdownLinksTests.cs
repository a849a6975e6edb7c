using Eboi.Core.Text;

namespace Eboi.Tests.Text;

public sealed class MarkdownLinksTests
{
    [Theory]
    [InlineData("[kliknij](javascript:alert(1))")]
    [InlineData("[kliknij](JAVASCRIPT:alert(1))")]
    [InlineData("[kliknij](jav&#x09;ascript:alert(1))")]
    [InlineData("[kliknij](&#106;avascript:alert(1))")]
    [InlineData("[kliknij](javascript&#58;alert(1))")]
    [InlineData("[kliknij](<java\tscript:alert(1)>)")]
    [InlineData("[kliknij](vbscript:msgbox(1))")]
    [InlineData("[kliknij](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[kliknij](file:///etc/passwd)")]
    [InlineData("[kliknij][r]\n\n[r]: javascript:alert(1)")]
    public void A_refused_link_keeps_its_text_without_a_link(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown).Value!;
        Assert.DoesNotContain("<a", html);
        Assert.Contains("kliknij", html);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<data:text/html,x>")]
    public void A_refused_autolink_becomes_plain_text(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown).Value!;
        Assert.DoesNotContain("<a", html);
        Assert.DoesNotContain("href", html);
    }

    [Theory]
    [InlineData("![obraz](javascript:alert(1))")]
    [InlineData("![obraz](data:image/svg+xml;base64,PHN2Zz4=)")]
    public void An_image_with_a_refused_source_is_dropped(string markdown) =>
        Assert.DoesNotContain("<img", MarkdownRenderer.ToHtml(markdown).Value!);

    [Theory]
    [InlineData("[BIP](https://bip.gmina.pl)", "href=\"https://bip.gmina.pl\"")]
    [InlineData("[napisz](mailto:urzad@gmina.pl)", "href=\"mailto:urzad@gmina.pl\"")]
    [InlineData("[zadzwoń](tel:+48221234567)", "href=\"tel:+48221234567\"")]
    [InlineData("[regulamin](/regulamin)", "href=\"/regulamin\"")]
    [InlineData("[niżej](#oplaty)", "href=\"#oplaty\"")]
    [InlineData("<https://www.gov.pl>", "href=\"https://www.gov.pl\"")]
    [InlineData("www.gov.pl", "href=\"http://www.gov.pl\"")]
    [InlineData("![herb](/media/herb.png)", "src=\"/media/herb.png\"")]
    public void An_allowed_link_is_kept(string markdown, string expected) =>
        Assert.Contains(expected, MarkdownRenderer.ToHtml(markdown).Value!);

    [Fact]
    public void Text_around_a_refused_link_stays_in_place() =>
        Assert.Equal("<p>przed <strong>pogrubiony</strong> po</p>",
            MarkdownRenderer.ToHtml("przed [**pogrubiony**](javascript:x) po").Value!.Trim());
}
