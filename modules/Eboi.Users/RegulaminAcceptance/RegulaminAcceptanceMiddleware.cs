using Eboi.Content;
using Eboi.Core.Tenancy;
using Eboi.Users.Domain;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Http;

namespace Eboi.Users.RegulaminAcceptance;

/// <summary>
/// A changed regulamin must be accepted at the next login: a signed-in user whose accepted version differs from
/// the one in force is sent to the acceptance page before anything else (logout still works).
/// </summary>
internal sealed class RegulaminAcceptanceMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentRegulamin current)
    {
        var tenant = context.GetTenant();
        var path = context.Request.Path;
        if (tenant is not null && context.User.Identity?.IsAuthenticated == true
            && !path.StartsWithSegments(UserPaths.AcceptRegulamin) && !path.StartsWithSegments(UserPaths.Logout)
            && !path.StartsWithSegments(ContentPaths.Regulamin) && !path.StartsWithSegments("/blad"))
        {
            var accepted = context.User.FindFirst(TenantClaimsFactory.RegulaminClaim)?.Value;
            var inForce = await current.VersionAsync(tenant.Id, context.RequestAborted);
            if (inForce is not null && accepted != inForce)
            {
                var back = Uri.EscapeDataString(context.Request.PathBase + path + context.Request.QueryString);
                context.Response.Redirect($"{context.Request.PathBase}{UserPaths.AcceptRegulamin}?ReturnUrl={back}");
                return;
            }
        }
        await next(context);
    }
}
