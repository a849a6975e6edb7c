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

    /// <summary>The data folder as an absolute path (a relative one is taken from the working directory).</summary>
    public string FullDataPath => Path.GetFullPath(DataPath);
}
