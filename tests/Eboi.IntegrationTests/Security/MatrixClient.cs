using System.Net;
using AngleSharp.Html.Parser;
using Eboi.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Security;

/// <summary>
/// Sends the matrix's requests with no cookie jar: each request carries exactly the cookies its caller presents,
/// so one caller's session can never leak into another's row. Counts what it sends.
/// </summary>
public sealed class MatrixClient(EboiAppFactory app, string tenant)
{
    private readonly HttpClient client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
    private readonly Dictionary<(MatrixCaller, Place), (string Token, string Cookie)> tokens = [];
    private static readonly HtmlParser Parser = new();

    public int Gets { get; private set; }
    public int Posts { get; private set; }

    public string Url(Place place, string path) => place == Place.Tenant ? $"/{tenant}{path}" : path;

    public async Task<HttpResponseMessage> GetAsync(MatrixCaller caller, Place place, string path)
    {
        Gets++;
        return await client.SendAsync(Request(HttpMethod.Get, caller, place, path, extraCookie: null));
    }

    /// <summary>An empty request with this method (a machine API's POST or PUT), no token: for probes that must end before any handler.</summary>
    public async Task<HttpResponseMessage> SendAsync(MatrixCaller caller, Place place, string path, string method)
    {
        Posts++;
        return await client.SendAsync(Request(new HttpMethod(method), caller, place, path, extraCookie: null));
    }

    /// <summary>POSTs an empty form with a valid antiforgery token for this caller (so a refusal is authorization's).</summary>
    public async Task<HttpResponseMessage> PostAsync(MatrixCaller caller, Place place, string path, IDictionary<string, string>? fields = null)
    {
        var (token, cookie) = await AntiforgeryAsync(caller, place);
        var request = Request(HttpMethod.Post, caller, place, path, cookie);
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token });
        Posts++;
        return await client.SendAsync(request);
    }

    private HttpRequestMessage Request(HttpMethod method, MatrixCaller caller, Place place, string path, string? extraCookie)
    {
        var request = new HttpRequestMessage(method, Url(place, path));
        var cookies = string.Join("; ", new[] { caller.CookieHeader(place, tenant), extraCookie }.Where(c => c is not null));
        if (cookies.Length > 0) request.Headers.Add("Cookie", cookies);
        return request;
    }

    // A token is bound to the identity the server sees, so it is taken from a page this caller opens in this place.
    private async Task<(string Token, string Cookie)> AntiforgeryAsync(MatrixCaller caller, Place place)
    {
        if (tokens.TryGetValue((caller, place), out var known)) return known;
        string[] sources = place == Place.Tenant ? ["/", UserPaths.ForgotPassword] : [HostPanelPaths.Login, "/admin"];
        foreach (var source in sources)
        {
            var response = await GetAsync(caller, place, source);
            var token = Parser.ParseDocument(await response.Content.ReadAsStringAsync())
                .QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            var cookie = response.Headers.TryGetValues("Set-Cookie", out var set)
                ? set.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal))
                : null;
            if (response.StatusCode == HttpStatusCode.OK && token is not null && cookie is not null) return tokens[(caller, place)] = (token, cookie);
        }
        throw new InvalidOperationException($"No page gave {caller} an antiforgery token at {place} level ({string.Join(", ", sources)}).");
    }
}
