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

    /// <summary>Base of links in mail sent outside a tenant's request (worker, CLI, start-up): {PublicUrl}/{slug}/.</summary>
    public string PublicUrl { get; set; } = DefaultPublicUrl;

    /// <summary>Data folder ($EBOI_DATA): .eml mail when no SMTP is configured, demo-accounts.txt.</summary>
    public string DataPath { get; set; } = DefaultDataPath;

    /// <summary>Reverse proxies whose forwarded headers are honoured (none by default).</summary>
    public ProxyOptions Proxy { get; set; } = new();

    /// <summary>True when the public address is https: the app then redirects to https, sends HSTS and Secure cookies.</summary>
    public bool IsHttps => Uri.TryCreate(PublicUrl, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps;

    /// <summary>The data folder as an absolute path (a relative one is taken from the working directory).</summary>
    public string FullDataPath => Path.GetFullPath(DataPath);
}
