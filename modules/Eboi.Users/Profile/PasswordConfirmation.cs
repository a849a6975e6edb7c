using Eboi.Users.Domain;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Profile;

/// <summary>Checks the current password on account pages: rate-limited per user and address, and a wrong one counts towards the lockout like a failed login.</summary>
internal sealed class PasswordConfirmation(UserManager<EboiUser> users, PasswordCheckLimit limit)
{
    /// <summary>False when this request is over the limit: the page answers 429 without checking anything.</summary>
    public bool TryAcquire(HttpContext http) => limit.Limit.TryAcquire(http);

    /// <summary>True for the right password (resets the failure count); a wrong one is counted (AccessFailed).</summary>
    public async Task<bool> CheckAsync(EboiUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return false;
        if (await users.CheckPasswordAsync(user, password))
        {
            if (await users.GetAccessFailedCountAsync(user) > 0) await users.ResetAccessFailedCountAsync(user);
            return true;
        }
        await users.AccessFailedAsync(user);
        return false;
    }
}
