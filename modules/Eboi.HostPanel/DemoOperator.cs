using Eboi.HostPanel.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.HostPanel;

/// <summary>The demo host operator that start-up creates when demo data is on (./eboi run).</summary>
public static class DemoOperator
{
    /// <summary>Creates the operator "operator" unless it exists; the password goes to the demo accounts file.</summary>
    public static Task EnsureAsync(IServiceProvider scopedServices, CancellationToken ct) =>
        scopedServices.GetRequiredService<DemoOperatorSeeder>().EnsureAsync(ct);
}
