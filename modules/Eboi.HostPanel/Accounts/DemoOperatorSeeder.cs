using Eboi.Core;
using Microsoft.Extensions.Options;

namespace Eboi.HostPanel.Accounts;

/// <summary>
/// With demo data (./eboi run) the host panel gets an operator "operator" so a newcomer can open it; its generated
/// password goes to {Eboi:DataPath}/demo-accounts.txt next to the demo staff, never to the repository.
/// </summary>
internal sealed class DemoOperatorSeeder(OperatorAccounts operators, IOptions<EboiOptions> options)
{
    public const string Login = "operator";

    public async Task EnsureAsync(CancellationToken ct)
    {
        if (await operators.ExistsAsync(Login, ct)) return;
        var password = await operators.CreateAsync(Login, "Operator demonstracyjny", ct);
        await DemoAccounts.AppendAsync(options.Value.FullDataPath, "(host)", Login, password, "operator", ct);
    }
}
