using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Eboi.IntegrationTests.Hosting;

/// <summary>
/// Test instrumentation around the whole real pipeline: each response tells which app instance answered and the
/// client address and scheme the app saw (read when the response starts, after the forwarded headers were applied).
/// </summary>
public sealed class RequestViewHeaders(string instance) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["X-Test-Instance"] = instance;
                context.Response.Headers["X-Test-Client"] = context.Connection.RemoteIpAddress?.ToString();
                context.Response.Headers["X-Test-Scheme"] = context.Request.Scheme;
                return Task.CompletedTask;
            });
            await nextMiddleware(context);
        });
        next(app);
    };
}
