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

    /// <summary>How long a test waits for mail by default: the outbox worker delivers within a second or two.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>The first message for <paramref name="rcpt"/> (whose subject contains <paramref name="subjectContains"/>, if given) once it arrives.</summary>
    public static async Task<CaughtMail> WaitForMessageTo(string rcpt, string? subjectContains = null, TimeSpan? timeout = null) =>
        (await WaitForAsync(rcpt, 1, subjectContains, timeout))[0];

    /// <summary>Every message for <paramref name="rcpt"/>, once there are at least <paramref name="count"/> (with that subject, if given).</summary>
    public static Task<IReadOnlyList<CaughtMail>> WaitForMessagesTo(string rcpt, int count, string? subjectContains = null, TimeSpan? timeout = null) =>
        WaitForAsync(rcpt, count, subjectContains, timeout);

    // The one wait on the catcher's folder: every test that expects mail comes through here.
    private static async Task<IReadOnlyList<CaughtMail>> WaitForAsync(string rcpt, int count, string? subjectContains, TimeSpan? timeout)
    {
        var dir = Directory ?? throw new InvalidOperationException("EBOI_TEST_MAIL_DIR is not set: run the tests with ./eboi test, which starts the SMTP catcher.");
        var until = DateTime.UtcNow + (timeout ?? Patience);
        while (true)
        {
            var caught = All(dir).Where(m => m.IsFor(rcpt) && (subjectContains is null || m.Subject.Contains(subjectContains, StringComparison.Ordinal))).ToList();
            if (caught.Count >= count) return caught;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"{caught.Count} of {count} e-mails for {rcpt}{(subjectContains is null ? "" : $" about \"{subjectContains}\"")} arrived in {dir} within {(timeout ?? Patience).TotalSeconds:0} s.");
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
