using System.Net;
using AngleSharp.Html.Parser;
using Eboi.Content;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Users;

/// <summary>A Redaktor edits the help page in the staff panel: draft stays private, publish shows it, history, restore, unpublish.</summary>
public sealed class ContentAdminTests : FreshAppTest
{
    [Fact]
    public async Task Redaktor_edits_publishes_restores_and_unpublishes_a_page()
    {
        var (editorEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Redaktor");
        var (clerkEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Urzędnik");
        var editor = await StaffAccounts.SignInAsync(App, "siedlec", editorEmail);
        var clerk = await StaffAccounts.SignInAsync(App, "siedlec", clerkEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/siedlec{ContentPaths.AdminPages}")).StatusCode);

        var list = await new HtmlParser().ParseDocumentAsync(await editor.GetStringAsync($"/siedlec{ContentPaths.AdminPages}"));
        var help = list.QuerySelectorAll("main table a").First(a => a.TextContent == "Pomoc").GetAttribute("href")!;
        var publicClient = App.CreateClient();

        var (_, invalid) = await FormPost.SubmitAsync(editor, help, new Dictionary<string, string> { ["Title"] = "", ["Body"] = "" }, formSelector: "form[action*='handler=Save']");
        Assert.Contains("Wpisz tytuł", invalid.FieldError("Title"));

        await FormPost.SubmitAsync(editor, help, new Dictionary<string, string> { ["Title"] = "Pomoc", ["Body"] = "## Nowa pomoc\n\nTreść robocza redaktora." }, formSelector: "form[action*='handler=Save']");
        Assert.DoesNotContain("Treść robocza redaktora", await publicClient.GetStringAsync("/siedlec/pomoc"));
        Assert.Contains("Treść robocza redaktora", await editor.GetStringAsync(help));   // preview

        await FormPost.SubmitAsync(editor, help, new Dictionary<string, string>(), formSelector: "form[action*='handler=Publish']");
        Assert.Contains("Treść robocza redaktora", await publicClient.GetStringAsync("/siedlec/pomoc"));

        await FormPost.SubmitAsync(editor, help, new Dictionary<string, string>(), formSelector: "form[action*='handler=Restore']");
        var page = await editor.GetStringAsync(help);
        Assert.Contains("przywrócono", page, StringComparison.OrdinalIgnoreCase);

        await FormPost.SubmitAsync(editor, help, new Dictionary<string, string>(), formSelector: "form[action*='handler=Unpublish']");
        Assert.Equal(HttpStatusCode.NotFound, (await publicClient.GetAsync("/siedlec/pomoc")).StatusCode);

        var audit = await new HtmlParser().ParseDocumentAsync(await (await StaffAccounts.SignInAsync(App, "siedlec", (await StaffAccounts.CreateAsync(App, "siedlec", "Administrator")).Email)).GetStringAsync($"/siedlec{UserAdminPaths.AuditLog}?zdarzenie=Published"));
        Assert.Contains("Strona: Pomoc", audit.QuerySelector("main table")!.TextContent);
    }

    [Fact]
    public async Task Regulamin_needs_a_version_and_an_effective_date()
    {
        var (editorEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        var editor = await StaffAccounts.SignInAsync(App, "kozy", editorEmail);
        var list = await new HtmlParser().ParseDocumentAsync(await editor.GetStringAsync($"/kozy{ContentPaths.AdminPages}"));
        var regulamin = list.QuerySelectorAll("main table tr").First(tr => tr.TextContent.Contains(ContentPaths.Regulamin)).QuerySelector("a")!.GetAttribute("href")!;
        var (_, doc) = await FormPost.SubmitAsync(editor, regulamin, new Dictionary<string, string>
            { ["Title"] = "Regulamin", ["Body"] = "## §1", ["Version"] = "", ["EffectiveFrom"] = "1 stycznia" }, formSelector: "form[action*='handler=Save']");
        Assert.Contains("oznaczenie wersji", doc.FieldError("Version"));
        Assert.Contains("RRRR-MM-DD", doc.FieldError("EffectiveFrom"));
    }
}
