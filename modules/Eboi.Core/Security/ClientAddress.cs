using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Eboi.Core.Security;

/// <summary>
/// The client's address as a key for limits. It is the connection's address after the forwarded headers of a
/// configured proxy are applied, so clients behind one proxy do not share one bucket. IPv6 is taken by its /64: a
/// single home or host is given a whole /64, so per-address keys would let it rotate through 2^64 of them.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string KeyOf(HttpContext context) => KeyOf(context.Connection.RemoteIpAddress);

    public static string KeyOf(IPAddress? address)
    {
        if (address is null) return Unknown;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
