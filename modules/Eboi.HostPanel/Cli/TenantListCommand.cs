using Eboi.Core.Cli;
using Eboi.Core.Tenancy;
using Eboi.HostPanel.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.HostPanel.Cli;

/// <summary>eboi tenant list: every tenant with its state, theme, name and host names.</summary>
internal sealed class TenantListCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["tenant", "list"];
    public IReadOnlyList<string> Usage => ["eboi tenant list"];

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args.Length > 0) throw new CliUsageException();
        var tenants = await services.GetRequiredService<TenantAdministration>().ListAsync();
        Console.WriteLine($"{"SLUG",-16} {"STAN",-10} {"MOTYW",-12} {"NAZWA",-28} HOSTY");
        foreach (var t in tenants)
            Console.WriteLine($"{t.Slug,-16} {TenantStateLabels.Of(t.State),-10} {t.Theme,-12} {t.Name,-28} {string.Join(",", t.OrderedHosts)}");
        Console.WriteLine($"Razem: {tenants.Count}");
        return 0;
    }
}
