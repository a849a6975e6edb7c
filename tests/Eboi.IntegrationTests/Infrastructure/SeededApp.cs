namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>One database with the four gminy, shared by the read-only test classes of a collection.</summary>
public sealed class SeededApp : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public EboiAppFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = await ReadyTimes.MeasureAsync(GetType(), () => TestDatabase.CreateAsync(DatabaseSeed.Gminy), db =>
        {
            var factory = new EboiAppFactory(db);
            _ = factory.Server;   // start: migrations and the four recipes run before the first request
            return factory;
        });
        Database = Factory.Database;
    }

    public HttpClient Client(string? host = null)
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        if (host is not null) client.DefaultRequestHeaders.Host = host;
        return client;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SeededCollection : ICollectionFixture<SeededApp>
{
    public const string Name = "seeded app";
}
