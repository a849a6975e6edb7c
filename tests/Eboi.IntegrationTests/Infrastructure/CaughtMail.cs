using System.Text.Json;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// A message received by the tests' SMTP catcher (tests/tools/eml_sink.py, started by ./eboi test): the envelope and
/// the decoded headers and parts from its .json file.
/// </summary>
public sealed record CaughtMail(string Mail_from, string[] Rcpt_tos, string From, string To, string Subject, string? Text, string? Html)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Where the catcher writes (EBOI_TEST_MAIL_DIR), or null when the tests run without one.</summary>
    public static string? Directory => Environment.GetEnvironmentVariable("EBOI_TEST_MAIL_DIR") is { Length: > 0 } d ? d : null;

    /// <summary>The catcher's port (EBOI_TEST_SMTP_PORT), or null when the tests run without one.</summary>
    public static int? SmtpPort => int.TryParse(Environment.GetEnvironmentVariable("EBOI_TEST_SMTP_PORT"), out var p) ? p : null;

    /// <summary>Polls the catcher's folder until a message for <paramref name="rcpt"/> arrives.</summary>
    public static async Task<CaughtMail> WaitForAsync(string rcpt, TimeSpan timeout)
    {
        var dir = Directory ?? throw new InvalidOperationException("EBOI_TEST_MAIL_DIR is not set: run the tests with ./eboi test, which starts the SMTP catcher.");
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (All(dir).FirstOrDefault(m => m.IsFor(rcpt)) is { } mail) return mail;
            if (DateTime.UtcNow > until) throw new TimeoutException($"No e-mail for {rcpt} arrived in {dir} within {timeout.TotalSeconds:0} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Every message caught so far for <paramref name="rcpt"/>.</summary>
    public static IReadOnlyList<CaughtMail> AllFor(string rcpt) =>
        Directory is { } dir ? All(dir).Where(m => m.IsFor(rcpt)).ToList() : [];

    private bool IsFor(string rcpt) => Rcpt_tos.Contains(rcpt, StringComparer.OrdinalIgnoreCase);

    // The catcher renames the .eml into place last, so a listed .eml always has its complete .json beside it.
    private static IEnumerable<CaughtMail> All(string dir) =>
        !System.IO.Directory.Exists(dir) ? [] :
        System.IO.Directory.GetFiles(dir, "*.eml").Order(StringComparer.Ordinal)
            .Select(eml => JsonSerializer.Deserialize<CaughtMail>(File.ReadAllText(Path.ChangeExtension(eml, ".json")), Options)!);
}
