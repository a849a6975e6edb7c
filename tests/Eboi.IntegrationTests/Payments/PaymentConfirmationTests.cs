using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Notifications;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.IntegrationTests.Workflows;
using Eboi.Payments;
using Eboi.Users.Domain;
using Eboi.Workflows.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Payments;

/// <summary>
/// The recipes' workflow "potwierdzenie-platnosci": PaymentSucceeded becomes "platnosci.oplacono", and "powiadom.osobe"
/// mails the payer the confirmation (what, reference, amounts, link to the history) unless they switched "platnosci" off.
/// </summary>
public sealed class PaymentConfirmationTests : FreshAppTest
{
    private const string Gmina = "siedlec";
    private const string SwitchedOff = "Osoba wyłączyła ten rodzaj powiadomień: nie wysłano nic.";

    [Fact]
    public async Task The_payer_is_mailed_a_confirmation_unless_they_turned_payment_notifications_off()
    {
        var (payer, payerId) = await StaffAccounts.CreateAsync(App, Gmina);
        var (quiet, quietId) = await StaffAccounts.CreateAsync(App, Gmina);
        await TurnPaymentsOffAsync(quiet);

        await PublishAsync(new PaymentSucceeded(Guid.NewGuid(), "P/2026/000314", "Taxes", payerId, payer,
            [new("rata:a", "Podatek od nieruchomości, rata 1/2026", 1200m), new("rata:b", "Opłata za odpady, rata 2/2026", 34.56m)],
            1234.56m, 2.5m, new DateTimeOffset(2026, 3, 16, 8, 30, 0, TimeSpan.Zero)));
        await PublishAsync(new PaymentSucceeded(Guid.NewGuid(), "P/2026/000315", "Taxes", quietId, quiet,
            [new("rata:c", "Podatek rolny, rata 1/2026", 50m)], 50m, 0m, DateTimeOffset.UtcNow));

        var mail = await CaughtMail.WaitForMessageTo(payer);
        Assert.Contains("P/2026/000314", mail.Subject);
        Assert.Contains("Podatek od nieruchomości, rata 1/2026: 1\u00A0200,00\u00A0zł", mail.Text);
        Assert.Contains("Opłata za odpady, rata 2/2026: 34,56\u00A0zł", mail.Text);
        Assert.Contains("Kwota: 1\u00A0234,56\u00A0zł", mail.Text);
        Assert.Contains("Prowizja operatora: 2,50\u00A0zł", mail.Text);
        Assert.Contains("Razem: 1\u00A0237,06\u00A0zł", mail.Text);
        Assert.Contains("16 marca 2026, 09:30", mail.Text);
        Assert.Matches(@"https?://\S+" + PaymentsPaths.History.TrimStart('/'), mail.Text);

        await MailWorker.WaitUntilDeliveredAsync(App);
        var notes = await WorkflowsApp.Query(App, Gmina, db => db.Set<WorkflowJournalEntry>().AsNoTracking()
            .Where(j => j.ActivityId == "potwierdz-platnikowi").Select(j => j.Note).ToListAsync());
        Assert.Contains("Powiadomiono (e-mail).", notes);
        Assert.Contains(SwitchedOff, notes);
        Assert.Empty(CaughtMail.AllFor(quiet));
    }

    private async Task PublishAsync(PaymentSucceeded paid)
    {
        var tenant = await WorkflowsApp.TenantOf(App, Gmina);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IDomainEventPublisher>();
        await db.ForTenantAsync(tenant, async ct =>
        {
            publisher.Publish(paid);
            await db.SaveChangesAsync(ct);
        });
    }

    // What the citizen saves in /konto/powiadomienia: everything on but payments.
    private async Task TurnPaymentsOffAsync(string account)
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(Gmina);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        var user = await users.FindByEmailAsync(account) ?? throw new InvalidOperationException(account);
        user.Notifications = new NotificationPreferences
        {
            Choices = NotificationCategories.All.Select(c => new NotificationChoice(c.Key, c.Key != NotificationCategories.Payments, false)).ToList(),
        };
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }
}
