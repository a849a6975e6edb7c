namespace Eboi.Core;

/// <summary>
/// Settings directly under Eboi that several modules share: the public address (links sent outside a request) and
/// the data folder. Bound once by the kernel; modules take <c>IOptions&lt;EboiOptions&gt;</c> instead of reading keys.
/// </summary>
public sealed class EboiOptions
{
    public const string Section = "Eboi";
    public const string DefaultPublicUrl = "http://127.0.0.1:5080";
    public const string DefaultDataPath = ".eboi-data";

    /// <summary>
    /// The public address of the application: the host portal and panel answer on its host, and a tenant without a
    /// host name of its own is linked as {PublicUrl}/{slug}/ (<see cref="Web.PortalAddress"/>).
    /// </summary>
    public string PublicUrl { get; set; } = DefaultPublicUrl;

    /// <summary>
    /// Further host names the host level answers on (e.g. localhost next to 127.0.0.1). A request for a host that is
    /// neither one of these, the public URL's, nor a tenant's is refused (<see cref="Tenancy.TenantResolutionMiddleware"/>).
    /// </summary>
    public string[] PublicHosts { get; set; } = [];

    /// <summary>Whether the host level answers on this host name (the public URL's host or one of <see cref="PublicHosts"/>).</summary>
    public bool IsPublicHost(string host) =>
        string.Equals(host, PublicUri.Host, StringComparison.OrdinalIgnoreCase) || PublicHosts.Contains(host, StringComparer.OrdinalIgnoreCase);

    /// <summary>The public URL parsed (it is validated when the options are bound); parsed once, as the host check runs on every request.</summary>
    public Uri PublicUri
    {
        get
        {
            var parsed = _parsed;
            if (parsed is null || !ReferenceEquals(parsed.Url, PublicUrl))
                _parsed = parsed = new ParsedUrl(PublicUrl, new Uri(PublicUrl.TrimEnd('/') + "/", UriKind.Absolute));
            return parsed.Uri;
        }
    }

    // Keyed by the string it was parsed from: a PostConfigure may still change PublicUrl after a first read.
    private sealed record ParsedUrl(string Url, Uri Uri);
    private ParsedUrl? _parsed;

    /// <summary>Data folder ($EBOI_DATA): .eml mail when no SMTP is configured, demo-accounts.txt, stored files (files/).</summary>
    public string DataPath { get; set; } = DefaultDataPath;

    /// <summary>Reverse proxies whose forwarded headers are honoured (none by default).</summary>
    public ProxyOptions Proxy { get; set; } = new();

    /// <summary>True when the public address is https: the app then redirects to https, sends HSTS and Secure cookies.</summary>
    public bool IsHttps => Uri.TryCreate(PublicUrl, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps;

    /// <summary>The data folder as an absolute path (a relative one is taken from the working directory).</summary>
    public string FullDataPath => Path.GetFullPath(DataPath);
}
