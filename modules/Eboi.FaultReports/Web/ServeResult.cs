using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.FaultReports.Web;

/// <summary>Runs a minimal-API <see cref="IResult"/> (Core's <c>FileStoreResults</c>) from a page handler.</summary>
internal sealed class ServeResult(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
