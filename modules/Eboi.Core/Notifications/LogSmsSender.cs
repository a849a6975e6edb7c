using Microsoft.Extensions.Logging;

namespace Eboi.Core.Notifications;

/// <summary>The SMS sender until an office contracts a gateway: the message goes to the log, the number masked.</summary>
internal sealed class LogSmsSender(ILogger<LogSmsSender> logger) : ISmsSender
{
    public Task SendAsync(string phone, string text, CancellationToken ct)
    {
        logger.LogInformation("SMS to {Phone}: {Text}", Mask(phone), text);
        return Task.CompletedTask;
    }

    // Personal data stays out of logs: the last three digits are enough to tell messages apart.
    internal static string Mask(string phone)
    {
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        return digits.Length <= 3 ? "***" : new string('*', digits.Length - 3) + digits[^3..];
    }
}
