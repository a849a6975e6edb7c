using Eboi.Content;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Email;
using Eboi.Email.Delivery;
using Eboi.Email.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users.Domain;
using Eboi.Users.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Email;

/// <summary>Outbox to inbox: a message saved with its change reaches the SMTP catcher; a rolled-back one never does.</summary>
[Collection(SmtpMailCollection.Name)]
public sealed class OutboxDeliveryTests(SmtpMailApp app)
{
    [Fact]
    public async Task A_message_saved_with_its_change_is_delivered_over_smtp_in_polish_with_text_and_html_parts()
    {
        var to = MailApp.NewAddress("jan");
        await app.EnqueueWithChangeAsync("siedlec", new OutgoingEmail(AccountEmails.Activation, to, new Dictionary<string, string>
        {
            [AccountEmailPlaceholders.Imie] = "Zażółć <b>Gęślą</b> & Jaźń",
            [AccountEmailPlaceholders.Link] = "https://siedlec.example.pl/konto/aktywacja?token=abc&x=1",
            [AccountEmailPlaceholders.WaznyDo] = "23.11.2025, 10:00",
        }));

        var mail = await CaughtMail.WaitForMessageTo(to);

        Assert.Equal("Aktywacja konta w portalu eBOI – Urząd Gminy Siedlec", mail.Subject);
        Assert.Equal("noreply@eboi.localhost", mail.Mail_from);
        Assert.Contains("Urząd Gminy Siedlec", mail.From);
        Assert.Contains("<noreply@eboi.localhost>", mail.From);

        // text part: values as they are
        Assert.NotNull(mail.Text);
        Assert.Contains("Dzień dobry Zażółć <b>Gęślą</b> & Jaźń,", mail.Text);
        Assert.Contains("(eBOI) – Gmina Siedlec", mail.Text);
        Assert.Contains("https://siedlec.example.pl/konto/aktywacja?token=abc&x=1", mail.Text);
        Assert.Contains("Link jest ważny do 23.11.2025, 10:00.", mail.Text);
        Assert.Contains("ul. Zbąszyńska 17, 64-212 Siedlec", mail.Text);
        Assert.Contains("https://siedlec.localhost/", mail.Text);   // the canonical address: its host, the public scheme
        Assert.Contains("wysłana automatycznie", mail.Text);
        Assert.DoesNotContain("{{", mail.Text);

        // HTML part: values encoded, links clickable, paragraphs
        Assert.NotNull(mail.Html);
        Assert.Contains("<html lang=\"pl\">", mail.Html);
        Assert.Contains("Dzień dobry Zażółć &lt;b&gt;Gęślą&lt;/b&gt; &amp; Jaźń,", mail.Html);
        Assert.DoesNotContain("<b>", mail.Html);
        Assert.Contains("<a href=\"https://siedlec.example.pl/konto/aktywacja?token=abc&amp;x=1\">", mail.Html);
        Assert.Contains("<a href=\"https://siedlec.localhost/\">", mail.Html);
        // MIME text parts travel with CRLF line ends (MimeKit writes them canonically).
        Assert.Contains("<p>Z poważaniem<br>\nUrząd Gminy Siedlec<br>\nul. Zbąszyńska 17, 64-212 Siedlec<br>", mail.Html.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("{{", mail.Html);

        var row = await app.WaitForRowAsync(to, r => r.Status == EmailStatus.Sent);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.SentAt);
        Assert.Equal(AccountEmails.Activation, row.TemplateKey);
    }

    [Fact]
    public async Task A_message_enqueued_in_a_transaction_that_rolls_back_is_never_sent()
    {
        var rolledBack = MailApp.NewAddress("wycofany");
        var changeKey = "";
        await using (var scope = await app.TenantScopeAsync("siedlec"))
        {
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var change = MailApp.NewChange(db.TenantId!.Value);
            changeKey = change.Key;
            db.Add(change);
            await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(
                new OutgoingEmail(AccountEmails.AccountDeleted, rolledBack, new Dictionary<string, string> { [AccountEmailPlaceholders.Imie] = "Anna" }));
            await db.SaveChangesAsync();   // written, and the worker is woken, but not committed
            await MailWorker.WaitUntilDeliveredAsync(app.App);
            await tx.RollbackAsync();
        }

        // A later message is claimed in next_attempt_at order, so once it has arrived the first would have too.
        var later = MailApp.NewAddress("pozniejszy");
        await app.EnqueueWithChangeAsync("siedlec", new OutgoingEmail(AccountEmails.AccountDeleted, later,
            new Dictionary<string, string> { [AccountEmailPlaceholders.Imie] = "Piotr" }));
        await CaughtMail.WaitForMessageTo(later);

        Assert.Empty(CaughtMail.AllFor(rolledBack));
        Assert.Empty(await app.OutboxRowsAsync(rolledBack));
        await using var check = await app.TenantScopeAsync("siedlec");
        Assert.False(await check.ServiceProvider.GetRequiredService<EboiDbContext>().Set<ContentItem>().AnyAsync(i => i.Key == changeKey));
    }

    [Fact]
    public async Task A_message_for_a_tenant_created_in_the_same_transaction_is_delivered_after_commit()
    {
        // What a recipe does when it creates a gmina and invites its first administrator.
        var to = MailApp.NewAddress("pierwszy-admin");
        var tenantId = Guid.CreateVersion7();
        var slug = $"nowa{tenantId.ToString("N")[^6..]}";
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            db.UseTenant(tenantId);
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Tenants.Add(new Tenant
            {
                Id = tenantId, Slug = slug, Name = "Gmina Nowa", OfficeName = "Urząd Gminy Nowa",
                Profile = new TenantProfile { Address = new OfficeAddress { Street = "ul. Nowa 1", PostalCode = "00-001", City = "Nowa" } },
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(new OutgoingEmail(AccountEmails.Invitation, to,
                new Dictionary<string, string> { [AccountEmailPlaceholders.Imie] = "Adam", [AccountEmailPlaceholders.Link] = "https://nowa.example/haslo", [AccountEmailPlaceholders.WaznyDo] = "jutro" }));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }

        var mail = await CaughtMail.WaitForMessageTo(to);
        Assert.Equal("Konto w portalu eBOI – ustaw hasło – Urząd Gminy Nowa", mail.Subject);
        Assert.Contains("Urząd Gminy Nowa", mail.From);
        Assert.Contains("Urząd Gminy Nowa założył dla Ciebie konto", mail.Text);
        Assert.Contains($"{MailApp.PublicUrl}/{slug}/", mail.Text);   // no host of its own: the public URL and slug
    }

    [Fact]
    public async Task Enqueue_rejects_an_unknown_template_and_a_malformed_address()
    {
        await using var scope = await app.TenantScopeAsync("kozy");
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        var values = new Dictionary<string, string>();
        await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(new OutgoingEmail("konto.nieznany", MailApp.NewAddress("x"), values)));
        await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.AccountDeleted, "to nie jest adres", values)));
    }

    [Fact]
    public async Task MailKit_delivers_a_utf8_subject_with_text_and_html_parts_to_the_smtp_server()
    {
        var tenant = await app.TenantAsync("kozy");
        var to = MailApp.NewAddress("mailkit");
        var row = new EmailOutboxMessage
        {
            Id = Guid.CreateVersion7(), TenantId = tenant.Id, TemplateKey = "test", ToAddress = to,
            Subject = "Zażółć gęślą jaźń – „cudzysłów” € " + new string('ą', 80),
            BodyText = "Łąka\r\nżółw", BodyHtml = "<p>Łąka<br>żółw</p>",
        };
        var transport = app.App.Services.GetRequiredService<IMailTransportResolver>().For(tenant);
        Assert.IsType<SmtpMailTransport>(transport);
        using (var message = app.App.Services.GetRequiredService<MailMessageFactory>().Create(row, tenant))
            await transport.SendAsync(message, CancellationToken.None);

        var mail = await CaughtMail.WaitForMessageTo(to);
        Assert.Equal(row.Subject, mail.Subject);   // long and non-ASCII: folded encoded words, decoded back whole
        Assert.Equal("Łąka\nżółw", mail.Text?.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal("<p>Łąka<br>żółw</p>", mail.Html?.Trim());
        Assert.Contains("Urząd Gminy Kozy", mail.From);
        Assert.Equal([to], mail.Rcpt_tos);
    }
}
