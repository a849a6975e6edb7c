using Eboi.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using Eboi.Catalog;
using Eboi.Content;

namespace Eboi.BrowserTests;

/// <summary>The real app on a loopback Kestrel socket with the four gminy, and Debian's chromium driven by Playwright.</summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private EboiAppFactory _factory = null!;
    private IPlaywright _playwright = null!;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The app under test (its services create staff accounts and operators for the journeys).</summary>
    public EboiAppFactory Factory => _factory;
    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDir =>
        Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        (_factory, BaseUri) = await ReadyTimes.MeasureAsync(GetType(), () => TestDatabase.CreateAsync(DatabaseSeed.Gminy), db =>
        {
            var factory = new EboiAppFactory(db);
            return (factory, factory.UseRealServer());
        });
        _db = _factory.Database;
        // Warm up (JIT, Razor, dictionary load per connection) so the first journey is not timed against a cold start.
        using (var http = new HttpClient { BaseAddress = BaseUri })
            foreach (var path in new[] { "/", "/siedlec/", $"/siedlec{CatalogPaths.List}", $"/siedlec{CatalogPaths.List}?q=dowod", $"/siedlec{ContentPaths.Regulamin}" })
                await http.GetAsync(path);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "pl-PL", ViewportSize = new() { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        await _db.DisposeAsync();
    }
}

/// <summary>The journeys of the public side (gminy, fault reports, API keys): one app and one chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}

/// <summary>
/// The staff and account journeys, with an app and a chromium of their own, so the two collections run side by side
/// (a journey mostly waits for pages): the browser tests take about half as long.
/// </summary>
[CollectionDefinition(Name)]
public sealed class StaffBrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser-staff";
}
