using System.Net;
using Eboi.HostPanel;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Security;

/// <summary>The checks of one matrix run; each mismatch becomes a line naming the request, the caller and the row.</summary>
public sealed class MatrixRun(MatrixClient client, List<string> problems)
{
    /// <summary>GET as this caller; where the caller is refused, every POST handler must refuse it too (token valid).</summary>
    public async Task CheckAsync(MappedRoute route, Expectation row, MatrixCaller caller, Place place, string path, string tenant)
    {
        var expected = row.Access.For(caller, place, tenant);
        if (route.AnswersGet) Record("GET", place, path, caller, expected, await client.GetAsync(caller, place, path), row);
        if (expected == Answer.Ok && caller.Kind == CallerKind.Member)
        {
            // Allowed on the page but lacking a handler's own permission: that handler must refuse (it then does nothing).
            foreach (var (handler, permission) in row.Access.HandlerPermissions.Where(h => !caller.Permissions.Contains(h.Value)))
                Record("POST", place, Handler(path, handler), caller, Answer.Forbidden, await client.PostAsync(caller, place, Handler(path, handler)), row);
        }
        if (!expected.Refusal) return;   // allowed callers never POST: the matrix performs no real actions
        foreach (var handler in route.PostHandlers)
        {
            var target = Handler(path, handler);
            Record("POST", place, target, caller, Answer.Refused, await client.PostAsync(caller, place, target), row);
        }
    }

    /// <summary>An e-mailed link with no token or a forged one: submitting it changes nothing and says why.</summary>
    public async Task ForgedTokenIsRefusedAsync(MappedRoute route, string path)
    {
        var fields = new Dictionary<string, string>
        {
            ["Password"] = "Podrobione-Haslo7", ["ConfirmPassword"] = "Podrobione-Haslo7", ["AcceptRegulamin"] = "true", ["ConsentDataProcessing"] = "true",
        };
        foreach (var handler in route.PostHandlers)
        {
            var target = Handler(path, handler);
            var response = await client.PostAsync(MatrixCaller.Anonymous, Place.Tenant, target, fields);
            var shown = response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("error-summary", StringComparison.Ordinal);
            Record("POST", Place.Tenant, target, MatrixCaller.Anonymous, new("200 with the error summary", _ => shown), response, new(route.Key, Access.TokenLink, null));
        }
    }

    /// <summary>A page of one scope does not answer in the other (host pages inside a tenant, tenant pages at host level).</summary>
    public async Task OtherScopeDoesNotServeAsync(MappedRoute route, IReadOnlyList<MappedRoute> routes, string path, IReadOnlyList<MatrixCaller> callers)
    {
        if (route.Scope == Eboi.Core.Tenancy.TenantScope.Any) return;
        var other = route.Scope == Eboi.Core.Tenancy.TenantScope.Host ? Place.Tenant : Place.Host;
        if (routes.Any(r => r.Pattern == route.Pattern && r.Scope != route.Scope)) return;   // a twin answers there by design
        var row = new Expectation(route.Key, Access.Fixed(HttpStatusCode.NotFound), null);
        // A machine API that serves only POST or PUT is probed with its own method: routing alone would answer a GET 405.
        var method = route.AnswersGet ? "GET" : route.Methods[0];
        foreach (var caller in callers)
            Record(method, other, path, caller, Answer.Status(HttpStatusCode.NotFound),
                method == "GET" ? await client.GetAsync(caller, other, path) : await client.SendAsync(caller, other, path, method), row);
    }

    /// <summary>
    /// Tenant A's administrator (every permission) names tenant B's records by id: a page must not find them (404),
    /// and its POST handlers must not act on them (404, 400 or 403; never a redirect after doing it).
    /// </summary>
    public async Task OtherTenantsRecordsAreNotFoundAsync(MappedRoute route, Expectation row, string path, MatrixCaller administrator)
    {
        var notFound = Answer.Status(HttpStatusCode.NotFound);
        if (route.AnswersGet) Record("GET", Place.Tenant, path, administrator, notFound, await client.GetAsync(administrator, Place.Tenant, path), row);
        var untouched = new Answer("404, 400 or 403", r => r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden);
        foreach (var handler in route.PostHandlers)
        {
            var target = Handler(path, handler);
            Record("POST", Place.Tenant, target, administrator, untouched, await client.PostAsync(administrator, Place.Tenant, target), row);
        }
    }

    /// <summary>Proves the tokens the matrix sends are valid: an anonymous form post is answered, not refused with 400.</summary>
    public async Task TokensAreAcceptedAsync()
    {
        var row = new Expectation(new(Eboi.Core.Tenancy.TenantScope.Tenant, "(antiforgery token check)"), Access.Public, null);
        Record("POST", Place.Tenant, UserPaths.ForgotPassword, MatrixCaller.Anonymous, Answer.Ok,
            await client.PostAsync(MatrixCaller.Anonymous, Place.Tenant, UserPaths.ForgotPassword), row);
        Record("POST", Place.Host, HostPanelPaths.Login, MatrixCaller.Anonymous, Answer.Ok,
            await client.PostAsync(MatrixCaller.Anonymous, Place.Host, HostPanelPaths.Login), row);
    }

    private static string Handler(string path, string? handler) =>
        handler is null ? path : path + (path.Contains('?') ? "&" : "?") + "handler=" + handler;

    private void Record(string verb, Place place, string path, MatrixCaller caller, Answer expected, HttpResponseMessage response, Expectation row)
    {
        var request = $"{verb} {client.Url(place, path)} as {caller}";
        if ((int)response.StatusCode >= 500) problems.Add($"SERVER ERROR: {request} answered {Answer.Describe(response)} [row {row.Key}]");
        else if (!expected.Matches(response)) problems.Add($"{request}: expected {expected.Text}, got {Answer.Describe(response)} [row {row.Key}]");
    }
}
