using Eboi.ApiKeys.Keys;
using Eboi.Core.Cli;
using Eboi.Core.Data;
using Eboi.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.ApiKeys.Cli;

/// <summary>eboi apikey list GMINA: prefix, scope, name and dates of every key (never a secret: none is stored).</summary>
internal sealed class ApiKeyListCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["apikey", "list"];
    public IReadOnlyList<string> Usage => ["eboi apikey list GMINA"];

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args is not [var slug]) throw new CliUsageException();
        if (await CliTenant.FindAsync(services, slug) is not { } tenant) return 1;
        var db = services.GetRequiredService<EboiDbContext>();
        var store = services.GetRequiredService<ApiKeyStore>();
        var keys = await db.ForTenantAsync(tenant.Id, ct => store.ListAsync(ct));
        static string When(DateTimeOffset? at) => at is { } t ? PolishTime.ToWarsaw(t).ToString("yyyy-MM-dd HH:mm") : "-";
        Console.WriteLine($"{"PREFIKS",-12} {"ZAKRES",-10} {"WYDANY",-17} {"UNIEWAŻNIONY",-17} {"OSTATNIO UŻYTY",-17} NAZWA");
        foreach (var k in keys)
            Console.WriteLine($"{k.Prefix,-12} {k.Scope,-10} {When(k.CreatedAt),-17} {When(k.RevokedAt),-17} {When(k.LastUsedAt),-17} {k.Name}");
        Console.WriteLine($"Razem: {keys.Count}");
        return 0;
    }
}
