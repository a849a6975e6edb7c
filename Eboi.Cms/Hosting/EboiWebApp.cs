using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Eboi.Cms.Health;
using Eboi.Core;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;

namespace Eboi.Cms.Hosting;

/// <summary>Builds the web application: services, middleware order, endpoints.</summary>
public static class EboiWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // RCL assets (themes' CSS, SVG) are served from their projects when running from a build output.
        builder.WebHost.UseStaticWebAssets();
        if (Environment.GetEnvironmentVariable("EBOI_URLS") is { Length: > 0 } urls && builder.Configuration["urls"] is null)
            builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; });

        var modules = builder.Services.AddEboiApplication(builder.Configuration);
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.AddEboiProxyAndHttps();
        builder.Services.AddLocalization();
        // Polish letters are written as they are, not as &#x105; entities (smaller pages, readable source).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Pages live in each module's use-case folders (Registration/, Listing/, ...), not under /Pages.
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.Add(new EboiPageConvention(modules));
        }).AddViewLocalization().ConfigureApplicationPartManager(m => EboiApplicationParts.Add(m, modules));
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

        var app = builder.Build();
        app.UseEboiForwardedHeaders();
        app.UseExceptionHandler("/blad/500");
        app.UseStatusCodePagesWithReExecute("/blad/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Unknown hosts are refused here, before anything (a redirect, a file) is answered for them.
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseEboiHttps();
        app.UseStaticFiles();
        var pl = new CultureInfo("pl-PL");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(pl),
            SupportedCultures = [pl],
            SupportedUICultures = [pl],
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // The modules' middleware (e.g. Users' regulamin acceptance) sees the signed-in user and runs before the cache.
        app.UseEboiModules();
        app.UseOutputCache();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapGet("/health/ping", () => "ok").WithMetadata(new TenantScopeAttribute(TenantScope.Any));
        app.MapRazorPages();
        app.MapEboiModules();
        return app;
    }
}
