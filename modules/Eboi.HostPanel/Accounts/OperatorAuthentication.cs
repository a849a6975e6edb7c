using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.HostPanel.Accounts;

/// <summary>
/// The host panel's own cookie scheme. Its cookie lives only on the host level's /admin path, carries an operator
/// claim no tenant login can issue, and is re-checked against the operator's security stamp on every request.
/// </summary>
internal static class OperatorAuthentication
{
    public const string Scheme = "EboiOperator";
    public const string Policy = "operator";
    public const string OperatorClaim = "eboi:operator";
    public const string StampClaim = "eboi:operator-stamp";
    public const string CookieName = ".eboi.operator";
    public const string LoginPath = HostPanelPaths.Login;

    public static IServiceCollection AddOperatorAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.Path = "/admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = LoginPath;
            o.LogoutPath = HostPanelPaths.Logout;
            o.Events.OnValidatePrincipal = ValidateAsync;
            o.Events.OnRedirectToLogin = ctx =>
            {
                ctx.Response.Redirect(Core.Web.RedirectLocations.Relative(ctx.RedirectUri));
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireClaim(OperatorClaim));
        return services;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        // Inside a tenant (e.g. a gmina's own host name) the operator cookie means nothing.
        var operators = context.HttpContext.RequestServices.GetRequiredService<OperatorAccounts>();
        if (context.HttpContext.GetTenant() is not null
            || !Guid.TryParse(context.Principal?.FindFirst(OperatorClaim)?.Value, out var id)
            || !await operators.IsSessionValidAsync(id, context.Principal?.FindFirst(StampClaim)?.Value, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}

/// <summary>Requires a signed-in hosting-provider operator (host panel pages).</summary>
internal sealed class RequireOperatorAttribute() : AuthorizeAttribute(OperatorAuthentication.Policy);
