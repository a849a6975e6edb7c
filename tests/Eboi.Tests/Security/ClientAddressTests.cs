using System.Net;
using Eboi.Core.Security;

namespace Eboi.Tests.Security;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]                      // IPv4 on a dual-stack socket
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]  // one home's /64 is one key
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    [InlineData("::1", "::/64")]
    public void Key_is_the_ipv4_address_or_the_ipv6_slash_64(string address, string key) =>
        Assert.Equal(key, ClientAddress.KeyOf(IPAddress.Parse(address)));

    [Fact]
    public void No_address_is_one_known_key() => Assert.Equal(ClientAddress.Unknown, ClientAddress.KeyOf((IPAddress?)null));
}
