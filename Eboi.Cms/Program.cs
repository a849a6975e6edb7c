using Eboi.Cms.Cli;
using Eboi.Cms.Hosting;

// One entry point for the web host and the operator's CLI verbs (./eboi tenant ..., ./eboi recipe ...).
if (CliCommands.IsCommand(args)) return await CliCommands.RunAsync(args);

var app = EboiWebApp.Build(args);
await app.Services.RunStartupTasksAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
return 0;

public partial class Program;
