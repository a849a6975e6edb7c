using Eboi.Core.Cli;
using Eboi.Core.Data;

namespace Eboi.Cms.Cli;

/// <summary>eboi migrate: applies pending migrations of every module (the host's own verb).</summary>
public sealed class MigrateCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["migrate"];
    public IReadOnlyList<string> Usage => ["eboi migrate"];

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args.Length > 0) throw new CliUsageException();
        var applied = await services.GetRequiredService<MigrationRunner>().MigrateAsync();
        Console.WriteLine(applied.Count == 0 ? "Baza danych jest aktualna." : $"Zastosowano migracje: {string.Join(", ", applied)}");
        return 0;
    }
}
