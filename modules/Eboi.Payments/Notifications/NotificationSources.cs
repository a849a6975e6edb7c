using System.Net;

namespace Eboi.Payments.Notifications;

/// <summary>The gateway's notification addresses (<see cref="Gateway.PaymentsOptions.NotificationSources"/>): whether a caller is one of them.</summary>
internal sealed class NotificationSources
{
    private readonly IReadOnlyList<IPNetwork> _networks;

    /// <param name="sources">IPs ("91.216.191.181") or CIDR ranges ("91.216.191.0/24"); a bad entry fails the start.</param>
    public NotificationSources(IEnumerable<string> sources) =>
        _networks = sources.Where(s => !string.IsNullOrWhiteSpace(s)).Select(Parse).ToList();

    public bool AllowsAny => _networks.Count == 0;

    public bool Allows(IPAddress? address)
    {
        if (AllowsAny) return true;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return _networks.Any(n => n.Contains(address));
    }

    private static IPNetwork Parse(string source)
    {
        var text = source.Trim();
        if (!text.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(text, out var single))
            return new IPNetwork(single, single.GetAddressBytes().Length * 8);
        return IPNetwork.TryParse(text, out var network)
            ? network
            : throw new FormatException($"Eboi:Payments:NotificationSources: '{source}' is neither an IP address nor a CIDR range.");
    }
}
