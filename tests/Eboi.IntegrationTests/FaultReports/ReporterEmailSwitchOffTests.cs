using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Core.Audit;
using Eboi.FaultReports;
using Eboi.FaultReports.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.IntegrationTests.Workflows;
using Eboi.Workflows;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.IntegrationTests.FaultReports;

/// <summary>
/// Issue 9's promise end to end: the recipe's workflow "zgloszenie-usterki" mails the reporter and the department; staff
/// switch the reporter step off in the /admin/procesy editor (a real form post, audited); the next report still reaches
/// the department, but the reporter gets nothing.
/// </summary>
public sealed class ReporterEmailSwitchOffTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();
    private const string Gmina = "siedlec";

    [Fact]
    public async Task Disabling_the_reporter_step_in_the_panel_stops_that_email_while_the_department_is_still_told()
    {
        var admin = await StaffAccounts.SignInAsync(App, Gmina, (await StaffAccounts.CreateAsync(App, Gmina, "Administrator")).Email);
        var (citizenEmail, _) = await StaffAccounts.CreateAsync(App, Gmina);
        var citizen = await StaffAccounts.SignInAsync(App, Gmina, citizenEmail);

        // The department gets its own address (through the category panel), so its mail is this test's alone.
        var department = $"drogi.{Guid.NewGuid():N}@example.test";
        var (category, _) = await FormPost.SubmitAsync(admin, $"/{Gmina}{FaultReportsPaths.AdminCategory("drogi")}", new Dictionary<string, string>
        {
            ["Form.Name"] = "Drogi i chodniki", ["Form.DepartmentName"] = "Referat Dróg", ["Form.DepartmentEmail"] = department, ["Form.Active"] = "true",
        }, "form:not([action*='handler'])");
        Assert.Equal(HttpStatusCode.Redirect, category.StatusCode);

        // First report: the reporter and the department are both mailed.
        var first = await SubmitAsync(citizen, "Dziura przed urzędem");
        var confirmation = await CaughtMail.WaitForMessageTo(citizenEmail);
        Assert.Contains(first, confirmation.Subject + confirmation.Text);
        Assert.Contains(first, (await CaughtMail.WaitForMessageTo(department)).Text);

        // Staff switch off the reporter step in the editor: the page's own form, as a browser posts it.
        var definition = await WorkflowsApp.Query(App, Gmina, db => db.Set<WorkflowDefinition>().AsNoTracking().SingleAsync(d => d.Key == "zgloszenie-usterki"));
        var editor = $"/{Gmina}{WorkflowsPaths.AdminEdit(definition.Id)}";
        var page = await Parser.ParseDocumentAsync(await admin.GetStringAsync(editor));
        var form = (IHtmlFormElement)page.QuerySelector("#Form_Activities_0__Disabled")!.Closest("form")!;
        Assert.Equal("potwierdzenie", form.QuerySelector<IHtmlInputElement>("#Form_Activities_0__Id")!.Value);
        Assert.False(form.QuerySelector<IHtmlInputElement>("#Form_Activities_0__Disabled")!.IsChecked);
        var fields = AsBrowserPosts(form);
        fields.Add(new("Form.Activities[0].Disabled", "true"));
        var (saved, _) = await PostAsync(admin, editor, form, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await Parser.ParseDocumentAsync(await admin.GetStringAsync(editor));
        Assert.True(after.QuerySelector<IHtmlInputElement>("#Form_Activities_0__Disabled")!.IsChecked);
        Assert.False(after.QuerySelector<IHtmlInputElement>("#Form_Activities_1__Disabled")!.IsChecked);
        var audited = await WorkflowsApp.Query(App, Gmina, db => db.Set<AuditEntry>().Where(a => a.Event == WorkflowsAuditEvents.Changed.Name).Select(a => a.Details).ToListAsync());
        Assert.Contains(audited, d => d!.Contains("wyłączone kroki: potwierdzenie"));

        // Second report: the department is told, the reporter is not (the outbox drained before asserting absence).
        var second = await SubmitAsync(citizen, "Druga dziura przed urzędem");
        var toDepartment = await CaughtMail.WaitForMessagesTo(department, 2);
        Assert.Contains(toDepartment, m => m.Text!.Contains(second));
        await MailWorker.WaitUntilDeliveredAsync(App);
        var toReporter = CaughtMail.AllFor(citizenEmail);
        Assert.Single(toReporter);
        Assert.DoesNotContain(second, toReporter[0].Subject + toReporter[0].Text);
        var journal = await WorkflowsApp.Query(App, Gmina, db => db.Set<WorkflowJournalEntry>().AsNoTracking()
            .Where(j => j.ActivityId == "potwierdzenie" && j.Note == "Krok wyłączony w panelu: pominięty.").CountAsync());
        Assert.Equal(1, journal);
    }

    private async Task<string> SubmitAsync(HttpClient citizen, string title)
    {
        var (sent, doc) = await ReportForm.SubmitAsync(citizen, Gmina, ReportForm.Valid(title));
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, doc.QuerySelector(".error-summary")?.TextContent);
        return await WorkflowsApp.Query(App, Gmina, db => db.Set<FaultReport>().Where(r => r.Title == title && r.DemoKey == null).Select(r => r.Number).SingleAsync());
    }

    /// <summary>What a browser submits for the form with its default button: inputs (checked boxes only), selected options, textareas.</summary>
    private static List<KeyValuePair<string, string>> AsBrowserPosts(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked) values.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "submit" or "button" }:
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? select.Options.FirstOrDefault();
                    if (option is not null) values.Add(new(name, option.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }
        return values;
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostAsync(HttpClient client, string url, IHtmlFormElement form,
        List<KeyValuePair<string, string>> fields)
    {
        var pageUri = new Uri(client.BaseAddress!, url);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? new Uri(pageUri, WebUtility.HtmlDecode(a)) : pageUri;
        var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }
}
