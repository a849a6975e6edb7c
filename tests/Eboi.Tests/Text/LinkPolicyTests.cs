using Eboi.Core.Text;

namespace Eboi.Tests.Text;

public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("https://www.gov.pl/web/gov/dowod")]
    [InlineData("http://bip.gmina.pl")]
    [InlineData("HTTPS://EXAMPLE.PL")]
    [InlineData("mailto:urzad@gmina.pl")]
    [InlineData("tel:+48221234567")]
    [InlineData("/katalog-spraw/dowod-osobisty")]
    [InlineData("katalog-spraw")]
    [InlineData("../regulamin")]
    [InlineData("#sekcja-2")]
    [InlineData("?q=meldunek")]
    [InlineData("//cdn.example.pl/plik.pdf")]
    [InlineData("druki/wniosek:2024.pdf")]
    public void Allows(string url) => Assert.True(LinkPolicy.IsAllowed(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\u0000script:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\u200Bscript:alert(1)")]
    [InlineData("jav&#x09;ascript:alert(1)")]
    [InlineData("jav&#9;ascript:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("javascript&#58;alert(1)")]
    [InlineData("javascript&#x3A;alert(1)")]
    [InlineData("jav&amp;#x09;ascript:alert(1)")]
    [InlineData("javascript%3Aalert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("VBScript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("data:image/svg+xml,<svg onload=alert(1)>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://ftp.example.pl/plik")]
    [InlineData("blob:https://example.pl/1")]
    [InlineData("x-unknown:abc")]
    public void Refuses(string url) => Assert.False(LinkPolicy.IsAllowed(url));

    [Fact]
    public void Safe_href_is_null_for_a_refused_url_and_the_url_otherwise()
    {
        Assert.Null(LinkPolicy.SafeHref("javascript:alert(1)"));
        Assert.Null(LinkPolicy.SafeHref(null));
        Assert.Equal("https://bip.gmina.pl", LinkPolicy.SafeHref(" https://bip.gmina.pl "));
    }
}
