using Eboi.Users.Domain;
using Eboi.Users.Email;
using Eboi.Core.Data;
using Eboi.Email;
using Eboi.Email.Rendering;
using Eboi.Email.Domain;
using Eboi.Email.Templates;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Email;

/// <summary>Templates are per tenant: a customised one is used for that tenant only; edits are validated in Polish.</summary>
[Collection(SmtpMailCollection.Name)]
public sealed class EmailTemplateTests(SmtpMailApp app)
{
    [Fact]
    public async Task A_customised_template_is_used_for_its_tenant_while_another_tenant_gets_the_default()
    {
        await using (var scope = await app.TenantScopeAsync("siedlec"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<EmailTemplateService>().SaveAsync(
                AccountEmails.VerificationApproved, "Witamy wśród zweryfikowanych – {{gmina}}",
                "Drogi/Droga {{imie}},\n\nkonto zweryfikowane.\n\n{{urzad}}", "sekretarz@siedlec.test");
            Assert.True(result.Saved, string.Join("; ", result.Errors));
        }

        var siedlecTo = MailApp.NewAddress("siedlec");
        var kozyTo = MailApp.NewAddress("kozy");
        var values = new Dictionary<string, string> { [AccountEmailPlaceholders.Imie] = "Ewa" };
        await app.EnqueueWithChangeAsync("siedlec", new OutgoingEmail(AccountEmails.VerificationApproved, siedlecTo, values));
        await app.EnqueueWithChangeAsync("kozy", new OutgoingEmail(AccountEmails.VerificationApproved, kozyTo, values));

        var siedlec = await CaughtMail.WaitForMessageTo(siedlecTo);
        Assert.Equal("Witamy wśród zweryfikowanych – Gmina Siedlec", siedlec.Subject);
        Assert.Contains("Drogi/Droga Ewa,", siedlec.Text);

        var kozy = await CaughtMail.WaitForMessageTo(kozyTo);
        Assert.Equal("Konto zostało zweryfikowane – Urząd Gminy Kozy", kozy.Subject);
        Assert.Contains("Dzień dobry Ewa,", kozy.Text);
        Assert.Contains("ul. Krakowska 4, 43-340 Kozy", kozy.Text);
    }

    [Fact]
    public async Task List_shows_what_is_customised_and_reset_brings_back_the_default()
    {
        await using var scope = await app.TenantScopeAsync("pulawy");
        var service = scope.ServiceProvider.GetRequiredService<EmailTemplateService>();
        var result = await service.SaveAsync(AccountEmails.PasswordChanged, "Zmiana hasła", "Hasło zmieniono {{czas}}.", "admin");
        Assert.True(result.Saved);

        var list = await service.ListAsync();
        Assert.Equal(app.App.Services.GetRequiredService<EmailTemplateCatalog>().All.Select(t => t.Key), list.Select(t => t.Key));
        var changed = Assert.Single(list, t => t.IsCustomised);
        Assert.Equal(AccountEmails.PasswordChanged, changed.Key);
        Assert.Equal("Hasło zmieniono {{czas}}.", changed.Body);
        Assert.Equal("admin", changed.UpdatedBy);
        Assert.Contains(changed.Placeholders, p => p.Name == AccountEmailPlaceholders.Czas && p.Description.Length > 0);

        Assert.True(await service.ResetAsync(AccountEmails.PasswordChanged));
        var reset = await service.GetAsync(AccountEmails.PasswordChanged);
        Assert.NotNull(reset);
        Assert.False(reset.IsCustomised);
        Assert.Equal(app.App.Services.GetRequiredService<EmailTemplateCatalog>().Find(AccountEmails.PasswordChanged)!.Subject, reset.Subject);
        Assert.Null(await service.GetAsync("konto.nieznany"));
    }

    [Fact]
    public async Task Saving_a_template_with_an_unknown_placeholder_returns_the_polish_error_and_keeps_the_old_text()
    {
        await using var scope = await app.TenantScopeAsync("kozy");
        var service = scope.ServiceProvider.GetRequiredService<EmailTemplateService>();

        var result = await service.SaveAsync(AccountEmails.Activation, "Aktywacja", "Dzień dobry {{nazwisko}}, kliknij {{link}}.", "admin");

        Assert.False(result.Saved);
        var error = Assert.Single(result.Errors);
        Assert.Equal(EmailTemplateValidator.BodyField, error.Field);
        Assert.StartsWith("Nieznane pole {{ nazwisko }} w treści. W tym szablonie można użyć: {{ gmina }}, {{ urzad }}, {{ adres }}, {{ portal }}, {{ imie }}, {{ link }}, {{ wazny_do }}.", error.Message);
        Assert.False((await service.GetAsync(AccountEmails.Activation))!.IsCustomised);

        var empty = await service.SaveAsync(AccountEmails.Activation, " ", "", "admin");
        Assert.Equal(["Wpisz temat wiadomości.", "Wpisz treść wiadomości."], empty.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task An_edit_saved_in_the_old_syntax_renders_the_same_text_after_the_liquid_migration()
    {
        // As the old EmailTemplateService stored it: {{name}} placeholders, and "{%" as plain text (a Liquid tag now).
        const string oldSubject = "Konto {{gmina}} usunięte – {{ imie }}";
        const string oldBody = "Dzień dobry {{imie}},\n\nrabat {%-owy: 50%} i {% nic %}.\n\n{{urzad}}\n{{portal}}";
        await using (var scope = await app.TenantScopeAsync("pokrzywnica"))
        {
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            db.Add(new EmailTemplate { TenantId = db.TenantId!.Value, Key = AccountEmails.AccountDeleted, Subject = oldSubject, Body = oldBody, UpdatedAt = DateTimeOffset.UtcNow, UpdatedBy = "admin" });
            await db.SaveChangesAsync();
            // The migration already ran at start-up (no edits then); run its SQL again over this row, as an upgrade would.
            var migration = SqlMigration.FromAssembly("Email", typeof(EmailModule).Assembly).Single(m => m.Name == "0002_liquid_templates");
            var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using (var command = new Npgsql.NpgsqlCommand(migration.Sql, connection)) await command.ExecuteNonQueryAsync();
            await connection.CloseAsync();
        }

        await using (var scope = await app.TenantScopeAsync("pokrzywnica"))
        {
            var stored = (await scope.ServiceProvider.GetRequiredService<EmailTemplateService>().GetAsync(AccountEmails.AccountDeleted))!;
            Assert.Equal("Konto {{ gmina }} usunięte – {{ imie }}", stored.Subject);
            Assert.Equal("Dzień dobry {{ imie }},\n\nrabat {{ \"{%\" }}-owy: 50%} i {{ \"{%\" }} nic %}.\n\n{{ urzad }}\n{{ portal }}", stored.Body);
            // Staff can open and save it again as it is.
            var definition = scope.ServiceProvider.GetRequiredService<EmailTemplateCatalog>().Find(AccountEmails.AccountDeleted)!;
            Assert.Empty(EmailTemplateValidator.Validate(definition, stored.Subject, stored.Body));
        }

        var to = MailApp.NewAddress("stara-skladnia");
        await app.EnqueueWithChangeAsync("pokrzywnica", new OutgoingEmail(AccountEmails.AccountDeleted, to, new Dictionary<string, string> { [AccountEmailPlaceholders.Imie] = "Ewa" }));
        var mail = await CaughtMail.WaitForMessageTo(to);
        var tenant = await app.TenantAsync("pokrzywnica");
        var portal = StandardValues.For(tenant, MailApp.PublicUrl)[PlaceholderNames.Portal];
        // What the old renderer made of the same edit: every placeholder filled, "{%" and "%}" left as written.
        Assert.Equal($"Konto {tenant.Name} usunięte – Ewa", mail.Subject);
        Assert.Equal($"Dzień dobry Ewa,\n\nrabat {{%-owy: 50%}} i {{% nic %}}.\n\n{tenant.OfficeName}\n{portal}", mail.Text?.ReplaceLineEndings("\n").TrimEnd());
        Assert.Contains("<p>rabat {%-owy: 50%} i {% nic %}.</p>", mail.Html);
        Assert.Contains($"<a href=\"{portal}\">", mail.Html);
    }
}
