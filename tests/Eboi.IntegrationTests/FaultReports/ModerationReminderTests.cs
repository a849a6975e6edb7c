using System.Net;
using Eboi.FaultReports;
using Eboi.FaultReports.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.IntegrationTests.Workflows;
using Eboi.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Eboi.IntegrationTests.FaultReports;

/// <summary>
/// The recipe's default workflow "Zgłoszenie usterki" on real reports and a fake clock: a report still "nowe" three
/// Polish working days after it arrived reminds the moderators once; a report moderated in time reminds nobody.
/// </summary>
public sealed class ModerationReminderTests(WorkflowsApp app) : IClassFixture<WorkflowsApp>
{
    private const string Gmina = "siedlec";

    [Fact]
    public async Task A_report_left_new_for_three_working_days_reminds_the_moderators_once_and_a_moderated_one_does_not()
    {
        var (moderatorEmail, _) = await StaffAccounts.CreateAsync(app.App, Gmina, "Moderator");
        var (citizenEmail, _) = await StaffAccounts.CreateAsync(app.App, Gmina);
        var citizen = await StaffAccounts.SignInAsync(app.App, Gmina, citizenEmail);
        var submittedAt = app.Clock.GetUtcNow();
        foreach (var title in new[] { "Przewrócony znak przy szkole", "Dziura na parkingu" })
        {
            var (sent, _) = await ReportForm.SubmitAsync(citizen, Gmina, ReportForm.Valid(title));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }
        await app.DrainAsync();
        var forgotten = await ReportAsync("Przewrócony znak przy szkole");
        var moderated = await ReportAsync("Dziura na parkingu");

        // The second is approved the same day: its status change ends that instance's wait.
        var moderator = await StaffAccounts.SignInAsync(app.App, Gmina, moderatorEmail);
        var (approved, _) = await FormPost.SubmitAsync(moderator, $"/{Gmina}{FaultReportsPaths.AdminDetail(moderated.Number)}",
            new Dictionary<string, string>(), "form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        await app.DrainAsync();

        // A minute before the third working day ends: nothing yet.
        var due = WaitTask.ResumeAt(submittedAt, 3);
        app.Clock.SetUtcNow(due.AddMinutes(-1));
        await app.DrainAsync();
        Assert.Empty(await RemindersAsync());

        // Past it: one reminder, about the forgotten report only; more time changes nothing.
        app.Clock.SetUtcNow(due.AddMinutes(1));
        await app.DrainAsync();
        app.Clock.SetUtcNow(due.AddDays(7));
        await app.DrainAsync();
        var reminder = Assert.Single(await RemindersAsync());
        Assert.Equal($"Zgłoszenie {forgotten.Number} czeka na moderację", reminder.Subject);

        async Task<List<Eboi.Email.Domain.EmailOutboxMessage>> RemindersAsync() =>
            (await app.MailToAsync(Gmina, moderatorEmail)).Where(m => m.TemplateKey == "usterki.przypomnienie-moderacja").ToList();
    }

    private Task<FaultReport> ReportAsync(string title) =>
        app.QueryAsync(Gmina, db => db.Set<FaultReport>().AsNoTracking().SingleAsync(r => r.Title == title));
}
