using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// The in-memory test server has no client socket. This sets the connection's address from a test header, ahead
/// of the whole pipeline, as if requests came from different machines (what a socket would tell the app).
/// </summary>
public sealed class SimulatedClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, SimulatedClientAddress>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers[Header] is [{ } value]) context.Connection.RemoteIpAddress = IPAddress.Parse(value);
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A client whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient Client(EboiAppFactory app, string address)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
