using System.Net;
using System.Net.Sockets;
using Eboi.IntegrationTests.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Eboi.HostPanel;

namespace Eboi.IntegrationTests.Hosting;

/// <summary>
/// nginx (the operator guide's configuration) in front of two app instances on one database, PublicUrl https and
/// nginx as the one known proxy: both instances serve, the client address and scheme come from nginx only, cookies
/// are Secure with HSTS over https, and plain http straight to an app is redirected.
/// </summary>
public sealed class ReverseProxyTests : IAsyncLifetime
{
    private const string PublicHost = "eboi.test";
    // The test's clients connect from other loopback addresses than nginx (127.0.0.1), so the address an app sees
    // tells who it believes: nginx's forwarded one, or the socket's.
    private static readonly IPAddress ViaProxy = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress Direct = IPAddress.Parse("127.0.0.3");

    private TestDatabase db = null!;
    private EboiAppFactory first = null!, second = null!;
    private Uri firstUrl = null!;
    private NginxProcess nginx = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        first = App("a");
        firstUrl = first.UseRealServer();
        second = App("b");   // started after the first, so migrations are already applied
        var secondUrl = second.UseRealServer();
        nginx = await NginxProcess.StartAsync(firstUrl, secondUrl);
    }

    private EboiAppFactory App(string name) => new(db, seed: false,
        services: s => s.AddSingleton<IStartupFilter>(new RequestViewHeaders(name)),
        host: b => b.UseSetting("Eboi:PublicUrl", $"https://{PublicHost}").UseSetting("Eboi:Proxy:KnownProxies:0", "127.0.0.1"));

    [Fact]
    public async Task Both_instances_serve_through_nginx_and_see_the_client_address_and_https_it_forwards()
    {
        using var client = Client(ViaProxy, nginx.Https);
        var seen = new HashSet<string>();
        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ping");
            request.Headers.Add("X-Forwarded-For", "203.0.113.66");   // forged by the client: nginx appends the real one after it
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.Add(Header(response, "X-Test-Instance"));
            Assert.Equal(ViaProxy.ToString(), Header(response, "X-Test-Client"));
            Assert.Equal("https", Header(response, "X-Test-Scheme"));
        }
        Assert.Equal(new[] { "a", "b" }, seen.Order());
    }

    [Fact]
    public async Task Over_https_cookies_are_Secure_and_HSTS_is_sent_and_a_login_on_one_instance_holds_on_the_other()
    {
        using var client = Client(ViaProxy, nginx.Https);
        var page = await client.GetAsync(HostPanelPaths.Login);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("max-age=31536000", Header(page, "Strict-Transport-Security"));
        var antiforgery = page.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(antiforgery);
        Assert.All(antiforgery, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));

        // Round robin sends the form's GET and POST to different instances: one key ring, one certificate.
        var (login, password) = await Operators.CreateAsync(first);
        var (signIn, _) = await FormPost.SubmitAsync(client, HostPanelPaths.Login, new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var operatorCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".eboi.operator=", StringComparison.Ordinal));
        Assert.Contains("; secure", operatorCookie, StringComparison.OrdinalIgnoreCase);
        var instances = new HashSet<string>();
        for (var i = 0; i < 4; i++)
        {
            var panel = await client.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.OK, panel.StatusCode);
            instances.Add(Header(panel, "X-Test-Instance"));
        }
        Assert.Equal(2, instances.Count);
    }

    [Fact]
    public async Task Plain_http_through_nginx_is_redirected_to_the_public_https_address()
    {
        using var client = Client(ViaProxy, nginx.Http);
        var response = await client.GetAsync($"{HostPanelPaths.Login}?x=1");
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal($"https://{PublicHost}/admin/logowanie?x=1", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));   // HSTS only over https
    }

    [Fact]
    public async Task Forwarded_headers_sent_straight_to_an_app_are_ignored()
    {
        using var client = Client(Direct, firstUrl);
        using var request = new HttpRequestMessage(HttpMethod.Get, HostPanelPaths.Login);
        request.Headers.Add("X-Forwarded-For", "203.0.113.66");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        // Not from the known proxy: the socket's address and scheme stand, so plain http is redirected.
        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal($"https://{PublicHost}/admin/logowanie", response.Headers.Location!.OriginalString);
        Assert.Equal(Direct.ToString(), Header(response, "X-Test-Client"));
        Assert.Equal("http", Header(response, "X-Test-Scheme"));
        // Health probes come over http from the proxy's machine and are answered, not redirected.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    /// <summary>A client connecting from <paramref name="source"/>, sending Host: eboi.test and trusting nginx's certificate only.</summary>
    private HttpClient Client(IPAddress source, Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        handler.SslOptions.TargetHost = PublicHost;
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == nginx.Certificate.GetCertHashString();
        var client = new HttpClient(handler) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Host = PublicHost;
        return client;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    public async Task DisposeAsync()
    {
        nginx?.Dispose();
        if (second is not null) await second.DisposeAsync();
        if (first is not null) await first.DisposeAsync();
        await db.DisposeAsync();
    }
}
