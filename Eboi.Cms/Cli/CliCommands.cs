using Eboi.Cms.Hosting;
using Eboi.Core.Cli;
using Eboi.Core.Modules;

namespace Eboi.Cms.Cli;

/// <summary>
/// The operator's verbs: each module's (<see cref="IEboiModule.CliCommands"/>) and the host's own (migrate). They use
/// the same services as the web host and the host panel, so a tenant created here is served by a running app within seconds.
/// </summary>
public static class CliCommands
{
    /// <summary>Every verb: the modules' in module order, then the host's.</summary>
    public static IReadOnlyList<ICliCommand> All(ModuleRegistry modules) => [.. modules.CliCommands, new MigrateCommand()];

    public static bool IsCommand(string[] args, ModuleRegistry modules) =>
        args.Length > 0 && All(modules).Any(c => c.Words[0] == args[0]);

    public static async Task<int> RunAsync(string[] args, ModuleRegistry modules)
    {
        var commands = All(modules);
        var command = commands.FirstOrDefault(c => args.Length >= c.Words.Count && c.Words.SequenceEqual(args.Take(c.Words.Count)));
        if (command is null) return Usage(commands);

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Eboi", LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddEboiApplication(builder.Configuration);
        foreach (var c in commands) c.ConfigureServices(builder.Services);
        using var host = builder.Build();
        using var scope = host.Services.CreateScope();
        try
        {
            return await command.RunAsync(args[command.Words.Count..], scope.ServiceProvider);
        }
        catch (CliUsageException)
        {
            return Usage(commands);
        }
    }

    private static int Usage(IReadOnlyList<ICliCommand> commands)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, commands.SelectMany(c => c.Usage).Select(line => "  " + line).Prepend("Użycie:")));
        return 2;
    }
}
