using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>The real application (Program) on a test database, seeded with the four gminy by their recipes.</summary>
public sealed class EboiAppFactory(TestDatabase database, bool seed = true, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public static readonly string[] SeedRecipes =
        ["siedlec.recipe.json", "pokrzywnica.recipe.json", "kozy.recipe.json", "pulawy.recipe.json"];

    public TestDatabase Database => database;

    /// <summary>Serve on a real loopback socket (browser tests, wrk) instead of the in-memory test server.</summary>
    public Uri UseRealServer()
    {
        var port = FreePort();
        UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        StartServer();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Eboi", database.OwnerConnectionString);
        builder.UseSetting("Eboi:Recipes:SeedDemo", "true");
        if (seed)
            for (var i = 0; i < SeedRecipes.Length; i++) builder.UseSetting($"Eboi:Recipes:SeedRecipes:{i}", SeedRecipes[i]);
        builder.ConfigureLogging(l => l.ClearProviders().AddFilter(_ => false));
        if (services is not null) builder.ConfigureTestServices(services);
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
