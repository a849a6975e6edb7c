using Eboi.Cms.Cli;
using Eboi.Cms.Hosting;

// One entry point for the web host and the operator's CLI verbs (./eboi tenant ..., ./eboi recipe ...). The eboi script
// sets EBOI_CLI, so a mistyped verb prints the usage instead of starting a web server.
if (Environment.GetEnvironmentVariable("EBOI_CLI") == "1" || CliCommands.IsCommand(args, EboiComposition.Modules)) return await CliCommands.RunAsync(args, EboiComposition.Modules);

await EboiWebApp.Build(args).RunAsync();
return 0;

public partial class Program;
