using Eboi.Core.Tenancy;
using Eboi.Email;
using Eboi.Email.Domain;
using Eboi.Email.Rendering;

namespace Eboi.Tests.Email;

public sealed class StandardValuesTests
{
    private static readonly TenantInfo Siedlec = new(Guid.NewGuid(), "siedlec", "Gmina Siedlec", "Urząd Gminy Siedlec", "Siedlec", true,
        new HashSet<string>(), ["siedlec.example.pl"],
        new TenantProfile { Address = new OfficeAddress { Street = "ul. Zbąszyńska 17", PostalCode = "64-212", City = "Siedlec" } });

    [Fact]
    public void Gmina_office_and_address_come_from_the_tenant()
    {
        var values = StandardValues.For(Siedlec, "https://eboi.example.pl");

        Assert.Equal("Gmina Siedlec", values[PlaceholderNames.Gmina]);
        Assert.Equal("Urząd Gminy Siedlec", values[PlaceholderNames.Urzad]);
        Assert.Equal("ul. Zbąszyńska 17, 64-212 Siedlec", values[PlaceholderNames.Adres]);
    }

    [Fact]
    public void Portal_is_the_canonical_address_of_the_tenant() =>
        Assert.Equal("https://siedlec.example.pl/", StandardValues.For(Siedlec, "https://eboi.example.pl")[PlaceholderNames.Portal]);

    [Fact]
    public void Empty_address_parts_are_skipped()
    {
        Assert.Equal("Kozy", StandardValues.AddressLine(new OfficeAddress { City = "Kozy" }));
        Assert.Equal("ul. Krakowska 4, 43-340", StandardValues.AddressLine(new OfficeAddress { Street = "ul. Krakowska 4", PostalCode = "43-340" }));
    }
}
