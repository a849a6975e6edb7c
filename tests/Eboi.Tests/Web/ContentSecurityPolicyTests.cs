using Eboi.Core.Web;

namespace Eboi.Tests.Web;

public sealed class ContentSecurityPolicyTests
{
    [Fact]
    public void A_source_is_added_to_its_directive_once_and_the_others_are_kept()
    {
        var once = ContentSecurityPolicy.Allow(ContentSecurityPolicy.Baseline, ContentSecurityPolicy.FormAction, "https://secure.przelewy24.pl");
        var twice = ContentSecurityPolicy.Allow(once, ContentSecurityPolicy.FormAction, "https://secure.przelewy24.pl");

        Assert.Equal(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self' https://secure.przelewy24.pl; base-uri 'self'",
            twice);
    }

    [Fact]
    public void A_missing_directive_is_added_and_a_source_with_a_separator_is_refused()
    {
        Assert.Equal("default-src 'self'; connect-src https://a.example", ContentSecurityPolicy.Allow("default-src 'self'", "connect-src", "https://a.example"));
        Assert.Throws<ArgumentException>(() => ContentSecurityPolicy.Allow("default-src 'self'", "img-src", "https://a.example; script-src *"));
    }

    [Fact]
    public void The_origin_of_a_url_drops_its_path_and_keeps_a_port()
    {
        Assert.Equal("https://secure.przelewy24.pl", ContentSecurityPolicy.OriginOf(new Uri("https://secure.przelewy24.pl/trnRequest/ABC")));
        Assert.Equal("http://127.0.0.1:5080", ContentSecurityPolicy.OriginOf(new Uri("http://127.0.0.1:5080/bramka-testowa/")));
    }
}
