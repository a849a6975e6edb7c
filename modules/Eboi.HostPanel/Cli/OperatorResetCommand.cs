using Eboi.Core.Cli;
using Eboi.HostPanel.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.HostPanel.Cli;

/// <summary>eboi operator reset LOGIN: a new password (printed once); the operator's sessions end.</summary>
internal sealed class OperatorResetCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["operator", "reset"];
    public IReadOnlyList<string> Usage => ["eboi operator reset LOGIN"];

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args is not [var login]) throw new CliUsageException();
        var password = await services.GetRequiredService<OperatorAccounts>().ResetPasswordAsync(login);
        if (password is null)
        {
            Console.Error.WriteLine($"Nie ma operatora „{login}”.");
            return 1;
        }
        Console.WriteLine($"Nowe hasło operatora „{login}” (pokazywane tylko teraz; dotychczasowe sesje wygasły): {password}");
        return 0;
    }
}
