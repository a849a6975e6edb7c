using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// Base of test classes that change data: each test gets its own database (copied from a template) and app instance
/// (xunit runs a test class's IAsyncLifetime around every test, not once per class).
/// </summary>
public abstract class FreshAppTest : IAsyncLifetime
{
    protected TestDatabase Db { get; private set; } = null!;
    protected EboiAppFactory App { get; private set; } = null!;

    /// <summary>Seed the four gminy at start-up (as ./eboi run does).</summary>
    protected virtual bool Seed => true;

    /// <summary>The template this class's database is copied from; Empty when the start itself is under test.</summary>
    protected virtual DatabaseSeed StartFrom => Seed ? DatabaseSeed.Gminy : DatabaseSeed.Migrated;

    protected virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>Settings for this class's app (applied after the defaults, so they win).</summary>
    protected virtual void ConfigureWebHost(IWebHostBuilder builder) { }

    public async Task InitializeAsync()
    {
        App = await ReadyTimes.MeasureAsync(GetType(), () => TestDatabase.CreateAsync(StartFrom), db =>
        {
            var app = new EboiAppFactory(db, Seed, ConfigureServices, ConfigureWebHost);
            _ = app.Server;
            return app;
        });
        Db = App.Database;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }
}
