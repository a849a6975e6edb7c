using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.FaultReports.Submission;

/// <summary>
/// The limit on report submissions per client address (Eboi:FaultReports:RateLimits:Submissions per
/// WindowMinutes; default 20 per 10 minutes): enough for a citizen, not for a script flooding the moderators.
/// </summary>
internal static class SubmissionRateLimit
{
    public const string Policy = "usterki-zglos";

    public static IServiceCollection AddSubmissionRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var limit = configuration.GetValue("Eboi:FaultReports:RateLimits:Submissions", 20);
        var window = TimeSpan.FromMinutes(configuration.GetValue("Eboi:FaultReports:RateLimits:WindowMinutes", 10));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, ctx => PostRateLimit.PerClient(ctx, Policy, limit, window));
        });
        return services;
    }
}
