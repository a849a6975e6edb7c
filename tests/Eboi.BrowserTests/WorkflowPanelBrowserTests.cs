using Eboi.IntegrationTests.Users;
using Eboi.IntegrationTests.Workflows;
using Eboi.Users;
using Eboi.Workflows;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>An Administrator goes through /admin/procesy in chromium (no page needs JavaScript); axe on each page and on the editor's error state.</summary>
[Collection(StaffBrowserCollection.Name)]
public sealed class WorkflowPanelBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Every_workflows_page_passes_axe_and_the_editor_works_without_javascript()
    {
        await WorkflowSeed.CreateAsync(app.Factory, "kozy");
        var (email, _) = await StaffAccounts.CreateAsync(app.Factory, "kozy", "Administrator");
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(app, page, "kozy", email, StaffAccounts.Password);

        foreach (var path in new[] { WorkflowsPaths.Admin, WorkflowsPaths.AdminInstances, WorkflowsPaths.AdminNotifications, WorkflowsPaths.AdminSettings, WorkflowsPaths.AdminImport, WorkflowsPaths.AdminNew })
        {
            var response = await page.GotoAsync(new Uri(app.BaseUri, "/kozy" + path).ToString());
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(page);
        }

        // The workflow's page (drawing + editor) and one instance with its journal, reached through the lists.
        await page.GotoAsync(new Uri(app.BaseUri, "/kozy" + WorkflowsPaths.Admin).ToString());
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Powiadom o rejestracji" }).ClickAsync();
        await Assertions.Expect(page.Locator("svg[role=img]")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "panel-urzedu-proces");
        await page.GotoAsync(new Uri(app.BaseUri, "/kozy" + WorkflowsPaths.AdminInstances).ToString());
        await page.Locator("main table a").First.ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("Przebieg");
        await Accessibility.AssertNoViolationsAsync(page);

        // A new workflow with the keyboard's controls only: add a step (a round trip), save without its template → errors.
        await page.GotoAsync(new Uri(app.BaseUri, "/kozy" + WorkflowsPaths.AdminNew).ToString());
        await page.Locator("#Form_Title").FillAsync("Powitanie");
        await page.Locator("#Form_Key").FillAsync("powitanie");
        await page.Locator("#Form_TriggerEvent").SelectOptionAsync("konto.zarejestrowano");
        await page.Locator("#Form_NewTask").SelectOptionAsync("email.send");
        await page.Locator("#Form_NewId").FillAsync("do-osoby");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dodaj krok", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#Form_Activities_0__Settings_szablon_")).ToBeVisibleAsync();
        await page.Locator("#Form_Activities_0__Settings_odbiorca_").SelectOptionAsync("osoba");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz proces" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Szablon wiadomości");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("#Form_Activities_0__Settings_szablon_").SelectOptionAsync("konto.aktywacja");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz proces" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("Zapisano proces „Powitanie” (wersja 1)");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
