namespace Eboi.Core.Web;

/// <summary>
/// Authentication handlers build absolute redirect URIs from the request's scheme and Host header; the portal sends
/// them as relative locations instead, so no Location header repeats a host the client chose.
/// </summary>
public static class RedirectLocations
{
    public static string Relative(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.PathAndQuery + absolute.Fragment : uri;
}
