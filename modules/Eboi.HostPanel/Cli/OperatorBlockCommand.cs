using Eboi.Core.Cli;
using Eboi.HostPanel.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.HostPanel.Cli;

/// <summary>eboi operator block|unblock LOGIN (one instance per verb; the block one carries the shared usage line).</summary>
internal sealed class OperatorBlockCommand(bool blocked) : ICliCommand
{
    public IReadOnlyList<string> Words => ["operator", blocked ? "block" : "unblock"];
    public IReadOnlyList<string> Usage => blocked ? ["eboi operator block LOGIN | unblock LOGIN"] : [];

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args is not [var login]) throw new CliUsageException();
        if (!await services.GetRequiredService<OperatorAccounts>().SetBlockedAsync(login, blocked))
        {
            Console.Error.WriteLine($"Nie ma operatora „{login}”.");
            return 1;
        }
        Console.WriteLine(blocked
            ? $"Zablokowano operatora „{login}”; jego sesje wygasły, nie zaloguje się do odblokowania (eboi operator unblock {login})."
            : $"Odblokowano operatora „{login}”.");
        return 0;
    }
}
