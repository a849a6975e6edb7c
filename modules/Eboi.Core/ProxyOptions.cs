namespace Eboi.Core;

/// <summary>
/// Eboi:Proxy – the reverse proxies whose X-Forwarded-For/-Proto are believed. Both empty (the default): no forwarded
/// header is honoured at all, so a client talking to the app directly cannot forge its address or scheme.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>IP addresses of the proxies, e.g. 127.0.0.1 when nginx runs on the same machine.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. 10.0.0.0/8.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
