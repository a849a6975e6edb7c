using Eboi.Core.Files;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Eboi.IntegrationTests.Files;

/// <summary>
/// A tiny consumer of the file store, as a module would write it: its own check (a signed-in user of this tenant),
/// then FileStoreResults. Appended after the app's pipeline, so tenant resolution and authentication have run.
/// </summary>
public sealed class ProtectedFileEndpoint : IStartupFilter
{
    public const string Prefix = "/test-pliki";
    public const string DownloadName = "Wniosek o dowód.pdf";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Prefix, branch => branch.Run(async http =>
        {
            var result = http.User.Identity?.IsAuthenticated == true
                ? await FileStoreResults.ServeAsync(http, http.Request.Path.Value!.TrimStart('/'), new FileDelivery(DownloadName))
                : Results.StatusCode(StatusCodes.Status403Forbidden);
            await result.ExecuteAsync(http);
        }));
    };
}
