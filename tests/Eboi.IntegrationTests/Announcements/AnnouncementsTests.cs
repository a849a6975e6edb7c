using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Announcements;
using Eboi.Announcements.Domain;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Announcements;

/// <summary>
/// The announcements module through the real app: the staff form (Polish errors, input kept), the home page block per
/// tenant and period, the audit log, the office copy sent by the AnnouncementAdded event through the job loop, deleting
/// with a confirmation, the recipe step, and who may do it.
/// </summary>
public sealed class AnnouncementsTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();
    private const string OfficeMailbox = "ug@siedlec.pl";   // the Siedlec recipe's contact e-mail

    [Fact]
    public async Task Staff_add_an_announcement_citizens_see_it_on_the_home_page_and_the_office_gets_one_copy()
    {
        var (email, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Redaktor");
        var editor = await StaffAccounts.SignInAsync(App, "siedlec", email);
        var title = $"Przerwa w dostawie wody {Guid.NewGuid():N}"[..40];

        // Refused: each problem next to its field, what was typed kept, nothing saved.
        var (refused, doc) = await FormPost.SubmitAsync(editor, $"/siedlec{AnnouncementsPaths.AdminNew}", new Dictionary<string, string>
        {
            ["Form.Title"] = title, ["Form.Body"] = " ", ["Form.VisibleFrom"] = "jutro", ["Form.VisibleUntil"] = "2020-01-01",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Wpisz treść ogłoszenia", doc.FieldError("Form_Body"));
        Assert.Contains("rok-miesiąc-dzień", doc.FieldError("Form_VisibleFrom"));
        Assert.Contains("już minęła", doc.FieldError("Form_VisibleUntil"));
        Assert.NotNull(doc.QuerySelector(".error-summary a[href='#Form_Body']"));
        Assert.Equal(title, doc.QuerySelector<IHtmlInputElement>("#Form_Title")!.Value);
        Assert.Equal("jutro", doc.QuerySelector<IHtmlInputElement>("#Form_VisibleFrom")!.Value);
        Assert.StartsWith("Błąd: ", doc.Title);
        Assert.Equal(0, await CountAsync(title));

        // Saved: visible today on Siedlec's home page (cache evicted), not on another gmina's.
        var today = DateTime.Today.ToString("yyyy-MM-dd");
        var (saved, _) = await FormPost.SubmitAsync(editor, $"/siedlec{AnnouncementsPaths.AdminNew}", new Dictionary<string, string>
        {
            ["Form.Title"] = title, ["Form.Body"] = "We wtorek od **8:00** do 12:00 na ul. Polnej.", ["Form.VisibleFrom"] = today, ["Form.VisibleUntil"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var citizen = App.CreateClient();
        var home = await Parser.ParseDocumentAsync(await citizen.GetStringAsync("/siedlec/"));
        var block = home.QuerySelector("section.announcements");
        Assert.NotNull(block);
        Assert.Contains(title, block.TextContent);
        Assert.Equal("8:00", block.QuerySelector("strong")!.TextContent);
        Assert.DoesNotContain(title, await citizen.GetStringAsync("/kozy/"));

        // Audited, and the AnnouncementAdded event sends the office mailbox one copy linking to the editor.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            db.UseTenant((await db.Tenants.SingleAsync(t => t.Slug == "siedlec")).Id);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.Event == AnnouncementsAuditEvents.Added.Name && a.Subject == title && a.Actor != null));
        }
        var copy = await CaughtMail.WaitForMessageTo(OfficeMailbox, title);
        var id = await IdOfAsync(title);
        Assert.Contains($"/admin/ogloszenia/{id:N}", copy.Text);
        await MailWorker.WaitUntilDeliveredAsync(App);
        Assert.Single(CaughtMail.AllFor(OfficeMailbox), m => m.Subject!.Contains(title));

        // Deleting asks first, then the block is gone at once.
        var edit = $"/siedlec{AnnouncementsPaths.AdminEdit(id)}";
        var confirm = await Parser.ParseDocumentAsync(await editor.GetStringAsync(edit + "?usun=tak"));
        Assert.Contains("Czy na pewno usunąć", confirm.QuerySelector("main [role=alert]")!.TextContent);
        Assert.Equal(1, await CountAsync(title));
        var (deleted, _) = await FormPost.SubmitAsync(editor, edit + "?usun=tak", new Dictionary<string, string>(), "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await CountAsync(title));
        Assert.DoesNotContain(title, await citizen.GetStringAsync("/siedlec/"));
    }

    [Fact]
    public async Task The_recipe_ships_the_launch_notice_and_only_permitted_staff_reach_the_panel()
    {
        var citizen = App.CreateClient();
        foreach (var gmina in new[] { "siedlec", "kozy" })
            Assert.Contains("Nowy portal eBOI", (await Parser.ParseDocumentAsync(await citizen.GetStringAsync($"/{gmina}/"))).QuerySelector("section.announcements")!.TextContent);

        // Urzędnik has no announcements.manage: 403, and no menu entry.
        var (clerkEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Urzędnik");
        var clerk = await StaffAccounts.SignInAsync(App, "siedlec", clerkEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/siedlec{AnnouncementsPaths.Admin}")).StatusCode);
        Assert.DoesNotContain(AnnouncementsPaths.Admin, await clerk.GetStringAsync("/siedlec/admin"));

        // Another tenant's announcement is not found through this tenant's address.
        var (editorEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Redaktor");
        var editor = await StaffAccounts.SignInAsync(App, "siedlec", editorEmail);
        Assert.Contains(AnnouncementsPaths.Admin, await editor.GetStringAsync("/siedlec/admin"));
        var kozyNotice = await IdOfAsync("Nowy portal eBOI – Urząd Gminy Kozy", "kozy");
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/siedlec{AnnouncementsPaths.AdminEdit(kozyNotice)}")).StatusCode);
    }

    private Task<int> CountAsync(string title, string gmina = "siedlec") =>
        TenantQuery.InTenantAsync(App, gmina, db => db.Set<Announcement>().CountAsync(a => a.Title == title));

    private Task<Guid> IdOfAsync(string title, string gmina = "siedlec") =>
        TenantQuery.InTenantAsync(App, gmina, db => db.Set<Announcement>().Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
}
