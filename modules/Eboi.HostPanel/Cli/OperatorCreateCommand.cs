using Eboi.Core.Cli;
using Eboi.Core.Data;
using Eboi.HostPanel.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.HostPanel.Cli;

/// <summary>eboi operator create LOGIN: a host panel account; its password is printed once.</summary>
internal sealed class OperatorCreateCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["operator", "create"];
    public IReadOnlyList<string> Usage => ["eboi operator create LOGIN [--name \"Imię Nazwisko\"]"];

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args is not [var login, .. var rest]) throw new CliUsageException();
        var name = (rest is ["--name", var n] ? n : rest.Length == 0 ? login : null) ?? throw new CliUsageException();
        await services.GetRequiredService<MigrationRunner>().MigrateAsync();
        var operators = services.GetRequiredService<OperatorAccounts>();
        if (await operators.ExistsAsync(login))
        {
            Console.Error.WriteLine($"Operator „{login}” już istnieje; nowe hasło nada: eboi operator reset {login}");
            return 1;
        }
        var password = await operators.CreateAsync(login, name);
        Console.WriteLine($"Utworzono operatora „{login.Trim().ToLowerInvariant()}”. Hasło (pokazywane tylko teraz): {password}");
        Console.WriteLine("Panel operatora: /admin na adresie głównym portalu.");
        return 0;
    }
}
