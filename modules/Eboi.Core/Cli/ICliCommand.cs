using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Core.Cli;

/// <summary>
/// One operator verb of the CLI (./eboi tenant create ...), contributed by a module through
/// <see cref="Modules.IEboiModule.CliCommands"/>. The host picks the command whose <see cref="Words"/> start the
/// arguments and prints every command's <see cref="Usage"/> together when none fits.
/// </summary>
public interface ICliCommand
{
    /// <summary>The words that select this command, e.g. ["tenant", "create"].</summary>
    IReadOnlyList<string> Words { get; }

    /// <summary>Lines of the combined usage text, without indentation (may be empty when a sibling command describes both).</summary>
    IReadOnlyList<string> Usage { get; }

    /// <summary>Services the command needs beyond the modules' own (registered in the CLI host only).</summary>
    void ConfigureServices(IServiceCollection services) { }

    /// <summary>Runs with the arguments after <see cref="Words"/>; returns the exit code, or throws <see cref="CliUsageException"/>.</summary>
    Task<int> RunAsync(string[] args, IServiceProvider services);
}
