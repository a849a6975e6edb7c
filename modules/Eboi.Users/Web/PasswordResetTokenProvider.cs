using Eboi.Users.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Users.Web;

/// <summary>Reset links live 2 hours, not the 48 hours of activation links: a separate provider with its own lifespan.</summary>
internal sealed class PasswordResetTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<PasswordResetTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<EboiUser>> logger)
    : DataProtectorTokenProvider<EboiUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "ResetHasla";
}

internal sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenProviderOptions()
    {
        Name = PasswordResetTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromHours(2);
    }
}
