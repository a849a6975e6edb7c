using System.Net;
using AngleSharp.Dom;
using Eboi.Core.Data;
using Eboi.FaultReports;
using Eboi.FaultReports.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.FaultReports;

/// <summary>
/// Staff administer fault categories at /admin/usterki/kategorie: Polish errors next to the fields, add, edit, deactivate,
/// delete only an unused one (a used one is deactivated), every change audited; re-applying the recipe keeps staff edits.
/// </summary>
public sealed class FaultCategoriesTests : FreshAppTest
{
    private const string Gmina = "siedlec";
    private static string Page => $"/{Gmina}{FaultReportsPaths.AdminCategories}";

    [Fact]
    public async Task Staff_add_edit_deactivate_and_delete_categories_with_Polish_errors_and_audit()
    {
        var (moderatorEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Moderator");
        var moderator = await StaffAccounts.SignInAsync(App, Gmina, moderatorEmail);
        Assert.Contains("Drogi", await moderator.GetStringAsync(Page));

        // Bad input: each message next to its field, what was typed kept.
        var (refused, doc) = await FormPost.SubmitAsync(moderator, Page, new Dictionary<string, string>
        {
            ["Form.Name"] = "", ["Form.DepartmentName"] = "Referat Ochrony Środowiska", ["Form.DepartmentEmail"] = "srodowisko(at)gmina", ["Form.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Błąd: ", doc.Title);
        Assert.Contains("Podaj nazwę kategorii", doc.FieldError("Form_Name"));
        Assert.Contains("poprawnej postaci", doc.FieldError("Form_DepartmentEmail"));
        Assert.NotNull(doc.QuerySelector(".error-summary a[href='#Form_Name']"));
        Assert.Equal("Referat Ochrony Środowiska", doc.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_DepartmentName")!.Value);
        var (duplicate, duplicateDoc) = await FormPost.SubmitAsync(moderator, Page, Fields("Drogi i chodniki (dziury, uszkodzona nawierzchnia)", "x@example.test"));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("już jest", duplicateDoc.FieldError("Form_Name"));

        // Added: citizens can pick it at once.
        var (added, _) = await FormPost.SubmitAsync(moderator, Page, Fields("Zieleń miejska", "zielen@siedlec.example.test"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var green = await CategoryAsync("zielen-miejska");
        Assert.True(green.Active);
        Assert.Equal("zielen@siedlec.example.test", green.DepartmentEmail);
        var reportForm = $"/{Gmina}{FaultReportsPaths.Report}";
        Assert.Contains("value=\"zielen-miejska\"", await App.CreateClient().GetStringAsync(reportForm));

        // Edited and deactivated (checkbox left unchecked): no longer offered.
        var edit = $"/{Gmina}{FaultReportsPaths.AdminCategory("zielen-miejska")}";
        var (edited, _) = await FormPost.SubmitAsync(moderator, edit, new Dictionary<string, string>
        {
            ["Form.Name"] = "Zieleń i parki", ["Form.DepartmentName"] = "Referat Zieleni", ["Form.DepartmentEmail"] = "parki@siedlec.example.test",
        }, "form:not([action*='handler'])");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        green = await CategoryAsync("zielen-miejska");
        Assert.Equal(("Zieleń i parki", "Referat Zieleni", "parki@siedlec.example.test", false), (green.Name, green.DepartmentName, green.DepartmentEmail, green.Active));
        Assert.DoesNotContain("value=\"zielen-miejska\"", await App.CreateClient().GetStringAsync(reportForm));

        // Unused: deleted. Used by a report: deactivated instead, the report keeps it.
        var (deleted, _) = await FormPost.SubmitAsync(moderator, edit, new Dictionary<string, string>(), "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await InTenantAsync(db => db.Set<FaultCategory>().SingleOrDefaultAsync(c => c.Key == "zielen-miejska")));
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.GetAsync(edit)).StatusCode);

        var citizen = await StaffAccounts.SignInAsync(App, Gmina, (await StaffAccounts.CreateAsync(App, Gmina)).Email);
        var (sent, _) = await ReportForm.SubmitAsync(citizen, Gmina, ReportForm.Valid("Dziura na Polnej"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var roads = $"/{Gmina}{FaultReportsPaths.AdminCategory("drogi")}";
        var (deactivated, _) = await FormPost.SubmitAsync(moderator, roads, new Dictionary<string, string>(), "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False((await CategoryAsync("drogi")).Active);
        Assert.Contains("nieaktywna", await moderator.GetStringAsync(Page));

        var audited = await InTenantAsync(db => db.Set<Eboi.Core.Audit.AuditEntry>().Select(a => a.Event).ToListAsync());
        Assert.Equal(3, audited.Count(e => e == FaultReportsAuditEvents.CategorySaved.Name));   // added, edited, deactivated
        Assert.Single(audited, e => e == FaultReportsAuditEvents.CategoryDeleted.Name);

        // Citizens without the permission are refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(Page)).StatusCode);
    }

    [Fact]
    public async Task Reapplying_the_recipe_keeps_what_staff_changed_and_adds_nothing_twice()
    {
        var (moderatorEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Moderator");
        var moderator = await StaffAccounts.SignInAsync(App, Gmina, moderatorEmail);
        var before = await InTenantAsync(db => db.Set<FaultCategory>().CountAsync());
        var roads = $"/{Gmina}{FaultReportsPaths.AdminCategory("drogi")}";
        var (edited, _) = await FormPost.SubmitAsync(moderator, roads, new Dictionary<string, string>
        {
            ["Form.Name"] = "Drogi gminne", ["Form.DepartmentName"] = "Referat Dróg", ["Form.DepartmentEmail"] = "drogi.nowy@siedlec.example.test", ["Form.Active"] = "true",
        }, "form:not([action*='handler'])");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        using (var scope = App.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<RecipeApplier>().ApplyAsync(
                RecipeSource.FromFile(Path.Combine(RecipePaths.FindRecipesFolder(), "siedlec.recipe.json")), new RecipeApplyOptions(Slug: Gmina));

        var roadsAfter = await CategoryAsync("drogi");
        Assert.Equal(("Drogi gminne", "drogi.nowy@siedlec.example.test"), (roadsAfter.Name, roadsAfter.DepartmentEmail));
        Assert.Equal(before, await InTenantAsync(db => db.Set<FaultCategory>().CountAsync()));
    }

    private static Dictionary<string, string> Fields(string name, string email) => new()
    {
        ["Form.Name"] = name, ["Form.DepartmentName"] = "Referat Zieleni", ["Form.DepartmentEmail"] = email, ["Form.Active"] = "true",
    };

    private Task<FaultCategory> CategoryAsync(string key) => InTenantAsync(db => db.Set<FaultCategory>().AsNoTracking().SingleAsync(c => c.Key == key));

    private Task<T> InTenantAsync<T>(Func<EboiDbContext, Task<T>> query) => TenantQuery.InTenantAsync(App, Gmina, query);
}
