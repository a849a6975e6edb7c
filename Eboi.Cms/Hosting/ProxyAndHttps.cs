using System.Net;
using Eboi.Core;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Eboi.Cms.Hosting;

/// <summary>
/// Reverse proxy and HTTPS: forwarded headers only from Eboi:Proxy's proxies, and, when Eboi:PublicUrl is https,
/// redirection to https, HSTS and Secure on every cookie. On plain http (./eboi run) none of it is switched on.
/// </summary>
public static class ProxyAndHttps
{
    public static IServiceCollection AddEboiProxyAndHttps(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<EboiOptions>>((o, eboi) =>
        {
            var proxy = eboi.Value.Proxy;
            // X-Forwarded-Host is left out: links and tenant resolution use the Host header the proxy passes through.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One proxy in front: only its own entry (the last one) counts; earlier ones are whatever the client sent.
            o.ForwardLimit = 1;
            // ASP.NET trusts loopback by default; without a configured proxy nothing is trusted (UseEboiForwardedHeaders
            // then leaves the middleware out, as empty lists would mean "trust everyone").
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
                o.KnownProxies.Add(IPAddress.TryParse(address.Trim(), out var ip) ? ip : throw Invalid("KnownProxies", address, "an IP address"));
            foreach (var network in proxy.KnownNetworks)
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var net) ? net : throw Invalid("KnownNetworks", network, "a CIDR network"));
        });
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<EboiOptions>>((o, eboi) =>
        {
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            if (eboi.Value.IsHttps) o.HttpsPort = eboi.Value.PublicUri.Port;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
            o.Preload = false;
        });
        services.AddOptions<CookiePolicyOptions>().Configure<IOptions<EboiOptions>>((o, eboi) =>
        {
            if (eboi.Value.IsHttps) o.Secure = CookieSecurePolicy.Always;
        });
        return services;
    }

    /// <summary>The first middleware: later ones (links, rate limits, audit, cookies) see the client's address and scheme.</summary>
    public static WebApplication UseEboiForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<EboiOptions>>().Value.Proxy.Any) app.UseForwardedHeaders();
        return app;
    }

    /// <summary>
    /// HTTPS redirection, HSTS and Secure cookies when the public URL is https. Placed after tenant resolution, which
    /// refuses unknown hosts: the redirect is built from the Host header, so it must never answer a forged one.
    /// </summary>
    public static WebApplication UseEboiHttps(this WebApplication app)
    {
        var eboi = app.Services.GetRequiredService<IOptions<EboiOptions>>().Value;
        if (eboi.IsHttps)
        {
            // Health probes come straight from the proxy or the orchestrator over http and must not be redirected.
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health"), a => a.UseHttpsRedirection());
            app.UseHsts();
            app.UseCookiePolicy();
        }
        return app;
    }

    private static InvalidOperationException Invalid(string setting, string value, string what) =>
        new($"Eboi:Proxy:{setting}: '{value}' is not {what}.");
}
