using Eboi.Users.Domain;
using Eboi.Users.Email;
using Eboi.Email;
using Eboi.Email.Domain;

namespace Eboi.IntegrationTests.Email;

/// <summary>An app with no SMTP server configured.</summary>
public sealed class NoSmtpMailApp : MailApp
{
    protected override void ConfigureMail(EmailOptions options) => options.Smtp.Host = null;
}

/// <summary>Without SMTP, messages are written as .eml files into the data folder (DESIGN).</summary>
public sealed class EmlFallbackTests(NoSmtpMailApp app) : IClassFixture<NoSmtpMailApp>
{
    [Fact]
    public async Task Without_an_smtp_host_the_message_is_written_as_an_eml_file_into_the_data_folder()
    {
        var to = MailApp.NewAddress("plik");
        await app.EnqueueWithChangeAsync("kozy", new OutgoingEmail(AccountEmails.PasswordReset, to, new Dictionary<string, string>
        {
            [AccountEmailPlaceholders.Imie] = "Zofia",
            [AccountEmailPlaceholders.Link] = "https://kozy.example.pl/konto/nowe-haslo?token=xyz",
            [AccountEmailPlaceholders.WaznyDo] = "22.11.2025, 12:00",
        }));

        var row = await app.WaitForRowAsync(to, r => r.Status == EmailStatus.Sent);
        Assert.Equal(1, row.Attempts);

        var folder = Path.Combine(app.App.DataPath, "mail");
        var files = Directory.GetFiles(folder, "*.eml");
        var eml = Assert.Single(files, f => File.ReadAllText(f).Contains(to));
        var raw = File.ReadAllText(eml);
        Assert.Contains("multipart/alternative", raw);
        Assert.Contains("text/plain", raw);
        Assert.Contains("text/html", raw);
        // MimeKit encodes the non-ASCII words of the subject as UTF-8 encoded-words (RFC 2047).
        Assert.Matches(new System.Text.RegularExpressions.Regex(@"^Subject: .*=\?utf-8\?", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.IgnoreCase), raw);
        Assert.Contains("Auto-Submitted: auto-generated", raw);
        Assert.Contains($"<{row.Id:N}@eboi.localhost>", raw);
    }
}
