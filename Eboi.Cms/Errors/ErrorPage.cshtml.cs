using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Cms.Errors;

/// <summary>Polish error pages (404, 500, 503 for a disabled office, ...) in the tenant's theme.</summary>
[AnyScope]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorPageModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        // Re-executed requests keep their original status; a direct rewrite (disabled tenant) sets it here.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
            Response.StatusCode = Code;
        if (Code == 503) Response.Headers.RetryAfter = "3600";
    }
}
