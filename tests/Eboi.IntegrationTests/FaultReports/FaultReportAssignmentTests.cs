using System.Net;
using AngleSharp.Html.Parser;
using Eboi.Core.Data;
using Eboi.FaultReports;
using Eboi.FaultReports.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.IntegrationTests.Workflows;
using Eboi.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.FaultReports;

/// <summary>
/// A report assigned to one person: chosen on /admin/usterki/{numer} among staff who moderate reports, shown on the
/// detail and the list ("Przypisane do"), listed under "moje" for that person only, audited; the workflow task
/// "przypisz" to a user sets the same field.
/// </summary>
public sealed class FaultReportAssignmentTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();
    private const string Gmina = "siedlec";

    [Fact]
    public async Task Staff_assign_a_report_to_a_moderator_who_then_finds_it_under_moje()
    {
        var (citizenEmail, citizenId) = await StaffAccounts.CreateAsync(App, Gmina);
        var citizen = await StaffAccounts.SignInAsync(App, Gmina, citizenEmail);
        await ReportForm.SubmitAsync(citizen, Gmina, ReportForm.Valid("Dziura do przypisania"));
        var report = await ReportAsync("Dziura do przypisania");
        var (firstEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Moderator");
        var (secondEmail, secondId) = await StaffAccounts.CreateAsync(App, Gmina, "Moderator");
        var first = await StaffAccounts.SignInAsync(App, Gmina, firstEmail);
        var second = await StaffAccounts.SignInAsync(App, Gmina, secondEmail);
        var admin = $"/{Gmina}{FaultReportsPaths.AdminDetail(report.Number)}";

        // The select offers staff with the moderation permission, not citizens.
        var page = await Parser.ParseDocumentAsync(await first.GetStringAsync(admin));
        var options = page.QuerySelectorAll("#AssignedUser option").Select(o => o.TextContent).ToList();
        Assert.Contains(options, o => o.Contains(secondEmail));
        Assert.DoesNotContain(options, o => o.Contains(citizenEmail));
        Assert.Equal("—", page.QuerySelector("#przypisane-do")!.TextContent.Trim());

        // A citizen's id posted anyway is refused next to the field.
        var (refused, refusedDoc) = await FormPost.SubmitAsync(first, admin,
            new Dictionary<string, string> { ["CategoryKey"] = "drogi", ["AssignedUser"] = citizenId.ToString() }, "form[action*='handler=Assign']");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Wybierz osobę z listy", refusedDoc.FieldError("AssignedUser"));
        Assert.Null((await ReportAsync("Dziura do przypisania")).AssignedUserId);

        var (assigned, _) = await FormPost.SubmitAsync(first, admin,
            new Dictionary<string, string> { ["CategoryKey"] = "drogi", ["AssignedUser"] = secondId.ToString() }, "form[action*='handler=Assign']");
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(secondId, (await ReportAsync("Dziura do przypisania")).AssignedUserId);
        var detail = await Parser.ParseDocumentAsync(await first.GetStringAsync(admin));
        Assert.Equal("Ewa Urzędnicza", detail.QuerySelector("#przypisane-do")!.TextContent.Trim());
        Assert.Equal(secondId.ToString(), detail.QuerySelector("#AssignedUser option[selected]")!.GetAttribute("value"));

        // "moje": the assignee sees it, the other moderator does not; the full list names the person.
        Assert.Contains(report.Number, await second.GetStringAsync($"/{Gmina}{FaultReportsPaths.Admin}?widok=moje"));
        Assert.DoesNotContain(report.Number, await first.GetStringAsync($"/{Gmina}{FaultReportsPaths.Admin}?widok=moje"));
        var list = await Parser.ParseDocumentAsync(await first.GetStringAsync($"/{Gmina}{FaultReportsPaths.Admin}?widok=wszystkie"));
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(report.Number));
        Assert.Contains("Ewa Urzędnicza", row.TextContent);

        var audit = await InTenantAsync(db => db.Set<Eboi.Core.Audit.AuditEntry>().Where(a => a.Event == FaultReportsAuditEvents.Assigned.Name).Select(a => a.Details).ToListAsync());
        Assert.Contains(audit, d => d!.Contains(secondEmail));
    }

    [Fact]
    public async Task The_workflow_task_przypisz_to_a_user_sets_the_same_assignee()
    {
        var (moderatorEmail, moderatorId) = await StaffAccounts.CreateAsync(App, Gmina, "Moderator");
        await WorkflowsApp.Save(App, Gmina, new WorkflowDocument
        {
            Key = "przypisz-usterke",
            Title = "Przypisz każdą usterkę",
            Trigger = new() { Event = "usterki.zgloszono" },
            Activities = [new() { Id = "przypisz", Task = "przypisz", Settings = new() { ["kind"] = "user", ["value"] = moderatorId.ToString() } }],
        });
        var citizen = await StaffAccounts.SignInAsync(App, Gmina, (await StaffAccounts.CreateAsync(App, Gmina)).Email);
        await ReportForm.SubmitAsync(citizen, Gmina, ReportForm.Valid("Dziura przypisana przez proces"));
        await MailWorker.WaitUntilDeliveredAsync(App);

        var report = await ReportAsync("Dziura przypisana przez proces");
        Assert.Equal(moderatorId, report.AssignedUserId);
        var moderator = await StaffAccounts.SignInAsync(App, Gmina, moderatorEmail);
        Assert.Contains(report.Number, await moderator.GetStringAsync($"/{Gmina}{FaultReportsPaths.Admin}?widok=moje"));
        var detail = await Parser.ParseDocumentAsync(await moderator.GetStringAsync($"/{Gmina}{FaultReportsPaths.AdminDetail(report.Number)}"));
        Assert.Equal("Ewa Urzędnicza", detail.QuerySelector("#przypisane-do")!.TextContent.Trim());
    }

    private Task<FaultReport> ReportAsync(string title) =>
        InTenantAsync(db => db.Set<FaultReport>().AsNoTracking().SingleAsync(r => r.Title == title && r.DemoKey == null));

    private Task<T> InTenantAsync<T>(Func<EboiDbContext, Task<T>> query) => TenantQuery.InTenantAsync(App, Gmina, query);
}
