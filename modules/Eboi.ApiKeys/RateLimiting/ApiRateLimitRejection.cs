using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using System.Xml.Linq;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Eboi.ApiKeys.RateLimiting;

/// <summary>
/// The machine answer to a refused API request: 429, Retry-After in seconds, and an error list in Open311's shape
/// (JSON, or XML when the path ends in .xml) instead of the Polish HTML error page.
/// </summary>
internal static class ApiRateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
        var description = $"Zbyt wiele zapytań. Spróbuj ponownie za {seconds} s.";
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (context.Request.Path.Value?.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) == true)
        {
            response.ContentType = "application/xml; charset=utf-8";
            var xml = new XElement("errors", new XElement("error",
                new XElement("code", StatusCodes.Status429TooManyRequests), new XElement("description", description)));
            await response.WriteAsync("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + xml.ToString(SaveOptions.DisableFormatting), ct);
        }
        else
        {
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.Body, new[] { new { code = StatusCodes.Status429TooManyRequests, description } }, cancellationToken: ct);
        }
    }
}
