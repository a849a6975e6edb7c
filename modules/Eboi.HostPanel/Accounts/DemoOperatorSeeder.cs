using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Eboi.HostPanel.Accounts;

/// <summary>
/// With demo data (./eboi run) the host panel gets an operator "operator" so a newcomer can open it; its generated
/// password goes to {Eboi:DataPath}/demo-accounts.txt next to the demo staff, never to the repository.
/// </summary>
public sealed class DemoOperatorSeeder(OperatorAccounts operators, IConfiguration configuration, ILogger<DemoOperatorSeeder> logger)
{
    public const string Login = "operator";

    public async Task EnsureAsync(CancellationToken ct)
    {
        if (await operators.ExistsAsync(Login, ct)) return;
        var password = await operators.CreateAsync(Login, "Operator demonstracyjny", ct);
        var dataPath = configuration["Eboi:DataPath"];
        if (string.IsNullOrEmpty(dataPath))
        {
            logger.LogWarning("Demo host operator created; set Eboi:DataPath to keep its password");
            return;
        }
        Directory.CreateDirectory(dataPath);
        await File.AppendAllTextAsync(Path.Combine(dataPath, "demo-accounts.txt"), $"(host)\t{Login}\t{password}\toperator{Environment.NewLine}", ct);
    }
}
