using Eboi.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Users.Web;

/// <summary>
/// Per-IP limits on the account forms (POST only; reading the form is free). Counts come from configuration
/// (Eboi:Users:RateLimits:*) so an operator can tune them; a refused request gets the Polish 429 page.
/// </summary>
internal static class AccountRateLimits
{
    public const string Registration = "konto-rejestracja";
    public const string Login = "konto-logowanie";
    public const string PasswordReset = "konto-reset";
    public const string PasswordCheck = "konto-haslo";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        int Limit(string name, int fallback) => configuration.GetValue($"Eboi:Users:RateLimits:{name}", fallback);
        var window = TimeSpan.FromMinutes(configuration.GetValue("Eboi:Users:RateLimits:WindowMinutes", 10));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Registration, ctx => PostRateLimit.PerClient(ctx, Registration, Limit("Registration", 10), window));
            o.AddPolicy(Login, ctx => PostRateLimit.PerClient(ctx, Login, Limit("Login", 30), window));
            o.AddPolicy(PasswordReset, ctx => PostRateLimit.PerClient(ctx, PasswordReset, Limit("PasswordReset", 10), window));
        });
        // Account pages that ask for the current password: per user and per address (a signed-in guesser has both).
        services.AddSingleton(new PasswordCheckLimit(new UserAndIpRateLimit(PasswordCheck,
            Limit("PasswordCheckPerUser", 10), Limit("PasswordCheckPerIp", 30), window)));
        return services;
    }
}

/// <summary>The limit on current-password checks of the account pages (Eboi:Users:RateLimits:PasswordCheckPerUser / PerIp).</summary>
internal sealed record PasswordCheckLimit(UserAndIpRateLimit Limit);
