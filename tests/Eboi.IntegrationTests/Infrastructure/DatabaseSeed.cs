namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>What a test database holds when a test class gets it.</summary>
public enum DatabaseSeed
{
    /// <summary>Nothing: the app migrates (and seeds, if asked) at its start, as a first production start does.</summary>
    Empty,

    /// <summary>Every migration applied, no tenant (an app started with seed: false).</summary>
    Migrated,

    /// <summary>Migrated, with the four gminy applied from their recipes with demo data (an app started with seed: true).</summary>
    Gminy,
}
