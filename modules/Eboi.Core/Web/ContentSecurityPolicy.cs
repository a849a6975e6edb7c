using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Eboi.Core.Web;

/// <summary>
/// The host's Content-Security-Policy, and the one way a page widens it for what that page alone needs (a map's tile
/// server, a payment gateway its form hands the citizen to), so every other page keeps the strict baseline.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string ImgSrc = "img-src";

    /// <summary>Where forms may submit to; browsers apply it to the redirects that follow the submission too.</summary>
    public const string FormAction = "form-action";

    /// <summary>Every response's policy, set by the host before the page runs.</summary>
    public const string Baseline =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /// <summary>Adds <paramref name="source"/> to <paramref name="directive"/> of this response's policy (no-op if already there or no policy).</summary>
    public static void Allow(HttpResponse response, string directive, string source)
    {
        var policy = response.Headers[HeaderNames.ContentSecurityPolicy].ToString();
        if (policy.Length > 0) response.Headers[HeaderNames.ContentSecurityPolicy] = Allow(policy, directive, source);
    }

    /// <summary>The policy with <paramref name="source"/> added to <paramref name="directive"/>; a missing directive is added.</summary>
    public static string Allow(string policy, string directive, string source)
    {
        if (source.Length == 0 || source.Any(c => char.IsWhiteSpace(c) || c is ';' or ','))
            throw new ArgumentException($"Not a CSP source: '{source}'.", nameof(source));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var index = directives.FindIndex(d => d.Split(' ')[0].Equals(directive, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            directives.Add($"{directive} {source}");
        else if (!directives[index].Split(' ').Skip(1).Contains(source, StringComparer.OrdinalIgnoreCase))
            directives[index] += " " + source;
        return string.Join("; ", directives);
    }

    /// <summary>The CSP source of an absolute URL's origin ("https://secure.przelewy24.pl").</summary>
    public static string OriginOf(Uri url) => url.GetLeftPart(UriPartial.Authority);
}
