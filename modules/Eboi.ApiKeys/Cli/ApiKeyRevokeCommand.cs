using Eboi.ApiKeys.Keys;
using Eboi.Core.Cli;
using Eboi.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.ApiKeys.Cli;

/// <summary>eboi apikey revoke GMINA PREFIX: the key stops working at once.</summary>
internal sealed class ApiKeyRevokeCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["apikey", "revoke"];
    public IReadOnlyList<string> Usage => ["eboi apikey revoke GMINA PREFIKS"];

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args is not [var slug, var prefix]) throw new CliUsageException();
        if (await CliTenant.FindAsync(services, slug) is not { } tenant) return 1;
        var db = services.GetRequiredService<EboiDbContext>();
        var store = services.GetRequiredService<ApiKeyStore>();
        var (key, wasRevoked) = await db.ForTenantAsync(tenant.Id, async ct =>
        {
            if (await store.FindByPrefixAsync(prefix, ct) is not { } found) return (null, false);
            await store.RevokeAsync(found.Id, CliTenant.Actor, ct);
            return ((Domain.ApiKey?)found, found.IsRevoked);
        });
        if (key is null)
        {
            Console.Error.WriteLine($"Urząd „{tenant.Slug}” nie ma klucza API o prefiksie „{prefix}”. Listę pokaże: eboi apikey list {tenant.Slug}");
            return 1;
        }
        Console.WriteLine(wasRevoked
            ? $"Klucz {key.Prefix} („{key.Name}”) był już unieważniony."
            : $"Unieważniono klucz {key.Prefix} („{key.Name}”) urzędu „{tenant.Slug}”.");
        return 0;
    }
}
