using Eboi.Core.Cli;
using Eboi.Core.Tenancy;
using Eboi.HostPanel.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.HostPanel.Cli;

/// <summary>eboi tenant disable|enable SLUG (one instance per verb; the disable one carries the shared usage line).</summary>
internal sealed class TenantStateCommand(TenantState state) : ICliCommand
{
    public IReadOnlyList<string> Words => ["tenant", state == TenantState.Disabled ? "disable" : "enable"];
    public IReadOnlyList<string> Usage => state == TenantState.Disabled ? ["eboi tenant disable|enable SLUG"] : [];

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args is not [var slug]) throw new CliUsageException();
        if (!await services.GetRequiredService<TenantAdministration>().SetStateAsync(slug, state))
        {
            Console.Error.WriteLine($"Nie ma urzędu „{slug}”.");
            return 1;
        }
        Console.WriteLine(state == TenantState.Active ? $"Urząd „{slug}” włączony." : $"Urząd „{slug}” wyłączony (strony odpowiadają 503).");
        return 0;
    }
}
