using Eboi.ApiKeys.Keys;
using Eboi.Core.Cli;
using Eboi.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.ApiKeys.Cli;

/// <summary>eboi apikey create GMINA SCOPE [--name "…"]: a new key of the gmina, printed once.</summary>
internal sealed class ApiKeyCreateCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["apikey", "create"];
    public IReadOnlyList<string> Usage => ["eboi apikey create GMINA ZAKRES [--name \"nazwa systemu\"]"];

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args is not [var slug, var scope, .. var rest]) throw new CliUsageException();
        var name = rest switch
        {
            [] => $"Klucz {scope} z wiersza poleceń",
            ["--name", var n] => n,
            _ => throw new CliUsageException(),
        };
        if (await CliTenant.FindAsync(services, slug) is not { } tenant) return 1;
        var db = services.GetRequiredService<EboiDbContext>();
        var store = services.GetRequiredService<ApiKeyStore>();
        var result = await db.ForTenantAsync(tenant.Id, ct => store.CreateAsync(name, scope, CliTenant.Actor, ct));
        if (result.Key is not { } key)
        {
            foreach (var (_, message) in result.Errors) Console.Error.WriteLine(message);
            return 1;
        }
        Console.WriteLine($"Wydano klucz API „{key.Name}” (zakres {key.Scope}) dla urzędu „{tenant.Slug}”, prefiks {key.Prefix}.");
        Console.WriteLine("Klucz (pokazywany tylko teraz, nie da się go odczytać później):");
        Console.WriteLine(result.RawKey);
        return 0;
    }
}
