using Eboi.Core.Notifications;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Users;
using Eboi.Users.Domain;
using Eboi.Workflows.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Workflows;

/// <summary>"powiadom.osobe" honours each person's choice in /konto/powiadomienia: e-mail, SMS where the office allowed it, or nothing.</summary>
public sealed class NotifyPersonTests(WorkflowsApp app) : IClassFixture<WorkflowsApp>
{
    private const string Gmina = "siedlec";

    [Fact]
    public async Task Each_person_is_told_by_the_channels_they_chose_and_someone_without_an_account_by_email()
    {
        var definition = await app.SaveAsync(Gmina, WorkflowsApp.Chain("powiadom-" + Guid.NewGuid().ToString("N")[..8],
            ("powiadom", "powiadom.osobe", new()
            {
                ["kategoria"] = NotificationCategories.FaultReports, ["szablon"] = WorkflowsApp.Template, ["sms"] = "Zgłoszenie {{ numer }}: {{ status }}",
            })));
        var (byDefault, _) = await StaffAccounts.CreateAsync(app.App, Gmina);
        var (smsOnly, _) = await StaffAccounts.CreateAsync(app.App, Gmina);
        var (nothing, _) = await StaffAccounts.CreateAsync(app.App, Gmina);
        var (smsNotAllowed, _) = await StaffAccounts.CreateAsync(app.App, Gmina);
        await ChooseAsync(smsOnly, email: false, sms: true, officeAllowsSms: true, phone: "+48 600 100 200");
        await ChooseAsync(nothing, email: false, sms: false, officeAllowsSms: true, phone: "+48 600 100 300");
        await ChooseAsync(smsNotAllowed, email: false, sms: true, officeAllowsSms: false, phone: "+48 600 100 400");
        var anonymous = $"anonim.{Guid.NewGuid():N}@example.test";

        foreach (var (who, number) in new[] { (byDefault, "U/11"), (smsOnly, "U/12"), (nothing, "U/13"), (smsNotAllowed, "U/14"), (anonymous, "U/15") })
            await app.PublishAsync(Gmina, new TestReported(Guid.NewGuid(), who, number, "drogi@example.test"));
        await app.DrainAsync();

        Assert.Single(await app.MailToAsync(Gmina, byDefault));
        Assert.Empty(await app.MailToAsync(Gmina, smsOnly));
        Assert.Contains(app.Sms.Sent, s => s.Phone == "+48 600 100 200" && s.Text == "Zgłoszenie U/12: nowe");
        Assert.Empty(await app.MailToAsync(Gmina, nothing));
        Assert.DoesNotContain(app.Sms.Sent, s => s.Phone is "+48 600 100 300" or "+48 600 100 400");
        Assert.Empty(await app.MailToAsync(Gmina, smsNotAllowed));
        Assert.Single(await app.MailToAsync(Gmina, anonymous));

        var instances = await app.InstancesAsync(Gmina, definition.Id);
        Assert.Equal(5, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        var notes = new List<string?>();
        foreach (var instance in instances) notes.Add((await app.JournalAsync(Gmina, instance.Id))[^1].Note);
        Assert.Equal(2, notes.Count(n => n == "Powiadomiono (e-mail)."));
        Assert.Equal(1, notes.Count(n => n == "Powiadomiono (SMS)."));
        Assert.Equal(2, notes.Count(n => n == "Osoba wyłączyła ten rodzaj powiadomień: nie wysłano nic."));
    }

    // What the person saves in /konto/powiadomienia, and what staff allow in the user's card.
    private async Task ChooseAsync(string account, bool email, bool sms, bool officeAllowsSms, string phone)
    {
        using var scope = app.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(Gmina);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        var user = await users.FindByEmailAsync(account) ?? throw new InvalidOperationException(account);
        user.PhoneNumber = phone;
        user.SmsAllowed = officeAllowsSms;
        user.Notifications = new NotificationPreferences
        {
            Choices = NotificationCategories.All.Select(c => new NotificationChoice(c.Key, email, sms)).ToList(),
        };
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }
}
