using Eboi.Core.Tenancy;
using Eboi.Email.Domain;
using Eboi.Email.Rendering;
using Microsoft.AspNetCore.Http;

namespace Eboi.Tests.Email;

public sealed class StandardValuesTests
{
    private static readonly TenantInfo Siedlec = new(Guid.NewGuid(), "siedlec", "Gmina Siedlec", "Urząd Gminy Siedlec", "Siedlec", true,
        new HashSet<string>(), ["siedlec.example.pl"],
        new TenantProfile { Address = new OfficeAddress { Street = "ul. Zbąszyńska 17", PostalCode = "64-212", City = "Siedlec" } });

    private static HttpRequest Request(TenantInfo? tenant, string host, string pathBase)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString(host);
        context.Request.PathBase = pathBase;
        if (tenant is not null) context.SetTenant(tenant);
        return context.Request;
    }

    [Fact]
    public void Gmina_office_and_address_come_from_the_tenant()
    {
        var values = StandardValues.For(Siedlec, null, "https://eboi.example.pl");

        Assert.Equal("Gmina Siedlec", values[PlaceholderNames.Gmina]);
        Assert.Equal("Urząd Gminy Siedlec", values[PlaceholderNames.Urzad]);
        Assert.Equal("ul. Zbąszyńska 17, 64-212 Siedlec", values[PlaceholderNames.Adres]);
    }

    [Theory]
    [InlineData("eboi.example.pl", "/siedlec", "https://eboi.example.pl/siedlec/")]
    [InlineData("siedlec.example.pl", "", "https://siedlec.example.pl/")]
    public void Portal_is_the_tenant_home_as_the_request_reached_it(string host, string pathBase, string expected) =>
        Assert.Equal(expected, StandardValues.PortalUrl(Siedlec, Request(Siedlec, host, pathBase), "https://nieuzywany.example"));

    [Fact]
    public void Without_a_request_of_that_tenant_portal_is_the_public_url_and_slug()
    {
        Assert.Equal("https://eboi.example.pl/siedlec/", StandardValues.PortalUrl(Siedlec, null, "https://eboi.example.pl/"));
        // A host-level request (the provider's panel inviting a tenant's first admin) must not give the host's address.
        Assert.Equal("https://eboi.example.pl/siedlec/", StandardValues.PortalUrl(Siedlec, Request(null, "panel.example.pl", ""), "https://eboi.example.pl"));
    }

    [Fact]
    public void Empty_address_parts_are_skipped()
    {
        Assert.Equal("Kozy", StandardValues.AddressLine(new OfficeAddress { City = "Kozy" }));
        Assert.Equal("ul. Krakowska 4, 43-340", StandardValues.AddressLine(new OfficeAddress { Street = "ul. Krakowska 4", PostalCode = "43-340" }));
    }
}
