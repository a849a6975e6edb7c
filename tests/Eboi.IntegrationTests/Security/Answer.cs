using System.Net;

namespace Eboi.IntegrationTests.Security;

/// <summary>What a response must be, with the words a failure message uses for it; a refusal means the caller is kept out.</summary>
public sealed record Answer(string Text, Func<HttpResponseMessage, bool> Matches, bool Refusal = false)
{
    public static readonly Answer Ok = Status(HttpStatusCode.OK);
    public static readonly Answer Forbidden = Status(HttpStatusCode.Forbidden) with { Refusal = true };

    /// <summary>Refused without effect: 403, 400 (antiforgery or bad input), or sent to a login page.</summary>
    public static readonly Answer Refused = new("403, 400 or redirect to a login page",
        r => r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest || IsRedirectTo(r, "/logowanie"));

    public static Answer Status(HttpStatusCode code) => new(((int)code).ToString(), r => r.StatusCode == code);

    /// <summary>302 to the given path, whatever the query (ReturnUrl) says; to a login page it is a refusal.</summary>
    public static Answer RedirectTo(string path) => new($"302 to {path}", r => IsRedirectTo(r, path, exact: true), Refusal: path.EndsWith("/logowanie", StringComparison.Ordinal));

    public static string Describe(HttpResponseMessage r) =>
        (int)r.StatusCode + (r.Headers.Location is { } l ? $" to {l.OriginalString}" : "");

    private static bool IsRedirectTo(HttpResponseMessage r, string path, bool exact = false)
    {
        if (r.StatusCode != HttpStatusCode.Redirect || r.Headers.Location is not { } location) return false;
        var target = (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]).TrimEnd('/');
        return exact ? target == path : target.EndsWith(path, StringComparison.Ordinal);
    }
}
