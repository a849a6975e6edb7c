using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>The real application (Program) on a test database, seeded with the four gminy by their recipes.</summary>
public sealed class EboiAppFactory(TestDatabase database, bool seed = true, Action<IServiceCollection>? services = null, Action<IWebHostBuilder>? host = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The app's data folder (Eboi:DataPath), under the test run's work folder, named after the database.</summary>
    public string DataPath { get; } = DataPathFor(database.Name);

    /// <summary>The data folder of an app on the database <paramref name="databaseName"/>.</summary>
    public static string DataPathFor(string databaseName) => Path.Combine(
        Environment.GetEnvironmentVariable("EBOI_TEST_WORK") is { Length: > 0 } work ? work : Path.GetTempPath(), "data", databaseName);

    public static readonly string[] SeedRecipes =
        ["siedlec.recipe.json", "pokrzywnica.recipe.json", "kozy.recipe.json", "pulawy.recipe.json"];

    public TestDatabase Database => database;

    // The address served, once UseRealServer chose a port: the base of links (a tenant without a host of its own).
    private Uri? _realAddress;

    /// <summary>Serve on a real loopback socket (browser tests, wrk) instead of the in-memory test server.</summary>
    public Uri UseRealServer()
    {
        var port = LoopbackPorts.Free();
        _realAddress = new Uri($"http://127.0.0.1:{port}/");
        UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        StartServer();
        return _realAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        CopyTemplateData();
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Eboi", database.OwnerConnectionString);
        builder.UseSetting("Eboi:Recipes:SeedDemo", "true");
        // The host level answers on the test server's localhost and the real server's 127.0.0.1; other hosts are refused.
        builder.UseSetting("Eboi:PublicHosts:0", "localhost");
        builder.UseSetting("Eboi:PublicHosts:1", "127.0.0.1");
        if (_realAddress is not null) builder.UseSetting("Eboi:PublicUrl", _realAddress.ToString());
        if (seed)
            for (var i = 0; i < SeedRecipes.Length; i++) builder.UseSetting($"Eboi:Recipes:SeedRecipes:{i}", SeedRecipes[i]);
        builder.ConfigureLogging(l => l.ClearProviders().AddFilter(_ => false));
        // Each app gets its own data folder; without SMTP its mail would land there as .eml files.
        builder.UseSetting("Eboi:DataPath", DataPath);
        // Keys are encrypted at rest in every test, as with ./eboi run.
        builder.UseSetting("Eboi:DataProtection:CertificatePath", TestCertificate.SharedPath);
        // Every app sends real SMTP to the catcher that ./eboi test runs (tests/tools/eml_sink.py).
        if (CaughtMail.SmtpPort is { } smtpPort)
        {
            builder.UseSetting("Eboi:Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Eboi:Mail:Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        // Test classes share one client address: the per-IP form limits are lifted (RateLimitTests lowers them again).
        foreach (var limit in new[] { "Registration", "Login", "PasswordReset", "PasswordCheckPerUser", "PasswordCheckPerIp" }) builder.UseSetting($"Eboi:Users:RateLimits:{limit}", "100000");
        builder.UseSetting("Eboi:HostPanel:LoginAttemptsPerWindow", "100000");
        // Online payments go to the in-process fake Przelewy24 ("bramka testowa"), as with ./eboi run.
        builder.UseSetting("Eboi:Payments:FakeGateway:Enabled", "true");
        // The same for machine APIs (ApiKeyRateLimitTests lowers them again).
        foreach (var limit in new[] { "PerKey", "PerAddress" }) builder.UseSetting($"Eboi:ApiKeys:RateLimits:{limit}", "100000");
        if (services is not null) builder.ConfigureTestServices(services);
        host?.Invoke(builder);
    }

    // A database copied from a template comes with the files its seeding wrote (demo-accounts.txt), modes kept (owner-only).
    private void CopyTemplateData()
    {
        if (database.TemplateDataPath is not { } from || !Directory.Exists(from) || Directory.Exists(DataPath)) return;
        foreach (var source in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(DataPath, Path.GetRelativePath(from, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(target, File.GetUnixFileMode(source));
        }
        Directory.CreateDirectory(DataPath);
    }
}
