using Eboi.Core.Web;

namespace Eboi.Tests.Web;

public sealed class PortalAddressTests
{
    [Theory]
    [InlineData("https://eboi.example.pl", new[] { "siedlec.example.pl", "bip.siedlec.pl" }, "https://siedlec.example.pl/")]
    [InlineData("https://eboi.example.pl/", new string[0], "https://eboi.example.pl/siedlec/")]
    [InlineData("http://127.0.0.1:5080", new[] { "siedlec.localhost" }, "http://siedlec.localhost:5080/")]
    [InlineData("http://127.0.0.1:5080", new string[0], "http://127.0.0.1:5080/siedlec/")]
    [InlineData("https://eboi.example.pl:443/portal", new string[0], "https://eboi.example.pl:443/portal/siedlec/")]
    [InlineData("https://eboi.example.pl:8443/portal", new[] { "siedlec.example.pl" }, "https://siedlec.example.pl:8443/")]
    public void Canonical_address_is_the_first_host_with_the_public_scheme_and_port_else_public_url_and_slug(string publicUrl, string[] hosts, string expected) =>
        Assert.Equal(expected, PortalAddress.Of("siedlec", hosts, publicUrl));
}

public sealed class RedirectLocationsTests
{
    [Theory]
    [InlineData("http://phish.example/kozy/konto/logowanie?ReturnUrl=%2Fkozy%2Fkonto", "/kozy/konto/logowanie?ReturnUrl=%2Fkozy%2Fkonto")]
    [InlineData("https://kozy.example.pl/admin/logowanie", "/admin/logowanie")]
    [InlineData("/konto/logowanie", "/konto/logowanie")]
    public void Absolute_redirects_lose_their_scheme_and_host(string uri, string location) => Assert.Equal(location, RedirectLocations.Relative(uri));
}
