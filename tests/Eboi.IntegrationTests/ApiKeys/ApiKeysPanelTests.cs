using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.ApiKeys;
using Eboi.ApiKeys.Domain;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Eboi.IntegrationTests.ApiKeys.ApiKeyTestData;

namespace Eboi.IntegrationTests.ApiKeys;

/// <summary>
/// /admin/klucze-api through HTTP with the antiforgery token: Polish errors, the key shown once on an uncached page,
/// revoking after a confirmation, both audited without the secret, and only for holders of apikeys.manage.
/// </summary>
public sealed class ApiKeysPanelTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task An_administrator_issues_a_key_that_is_shown_once_then_revokes_it_after_confirming_and_both_are_audited()
    {
        var (email, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var admin = await StaffAccounts.SignInAsync(App, "kozy", email);
        Assert.Contains(ApiKeysPaths.Admin, await admin.GetStringAsync("/kozy/admin"));   // in the menu

        // Refused: the message next to the field, the summary on top, the scope kept.
        var (refused, doc) = await FormPost.SubmitAsync(admin, $"/kozy{ApiKeysPaths.AdminNew}",
            new Dictionary<string, string> { ["Form.Name"] = " ", ["Form.Scope"] = ApiKeyScopes.Open311 });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Wpisz nazwę klucza", doc.FieldError("Form_Name"));
        Assert.NotNull(doc.QuerySelector(".error-summary a[href='#Form_Name']"));
        Assert.Equal(ApiKeyScopes.Open311, doc.QuerySelector<IHtmlSelectElement>("#Form_Scope")!.Value);
        Assert.StartsWith("Błąd: ", doc.Title);

        // Issued: the answer shows the key once, says so, and is not cached.
        var (created, page) = await FormPost.SubmitAsync(admin, $"/kozy{ApiKeysPaths.AdminNew}",
            new Dictionary<string, string> { ["Form.Name"] = "Aplikacja mobilna", ["Form.Scope"] = ApiKeyScopes.Open311 });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl!.ToString());
        Assert.Contains("pokazujemy go tylko raz", page.QuerySelector("main")!.TextContent);
        var key = page.QuerySelector<IHtmlInputElement>("#api-key")!.Value;
        Assert.Matches(RawKey(), key);
        var prefix = PrefixOf(key);
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(App.CreateClient(), "kozy", key)).StatusCode);

        // The list shows the prefix, never the key.
        var list = await admin.GetStringAsync($"/kozy{ApiKeysPaths.Admin}");
        Assert.Contains(prefix, list);
        Assert.Contains("Aplikacja mobilna", list);
        Assert.DoesNotContain(key[^43..], list);

        // Revoking asks first; the key works until confirmed, then is refused.
        var id = await IdOfAsync(prefix);
        var confirm = await Parser.ParseDocumentAsync(await admin.GetStringAsync($"/kozy{ApiKeysPaths.AdminRevoke(id)}"));
        Assert.Contains("Czy na pewno unieważnić klucz", confirm.QuerySelector("main [role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(App.CreateClient(), "kozy", key)).StatusCode);
        var (revoked, _) = await FormPost.SubmitAsync(admin, $"/kozy{ApiKeysPaths.AdminRevoke(id)}", new Dictionary<string, string>(), "form[action*='handler=Revoke']");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WhoAmIAsync(App.CreateClient(), "kozy", key)).StatusCode);
        var after = await Parser.ParseDocumentAsync(await admin.GetStringAsync($"/kozy{ApiKeysPaths.Admin}"));
        Assert.Contains($"Unieważniono klucz {prefix}", after.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("unieważniony", after.QuerySelector("main table")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/kozy{ApiKeysPaths.AdminRevoke(id)}")).StatusCode);   // nothing left to revoke

        // Audited with the staff member's name and the prefix; the secret appears nowhere in the log.
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseTenant((await db.Tenants.SingleAsync(t => t.Slug == "kozy")).Id);
        var entries = await db.Set<AuditEntry>().Where(a => a.Event == ApiKeysAuditEvents.Created.Name || a.Event == ApiKeysAuditEvents.Revoked.Name).ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Contains(prefix, e.Subject));
        Assert.All(entries, e => Assert.NotNull(e.Actor));
        var secret = key[^43..];
        Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.Subject.Contains(secret) || (a.Details != null && a.Details.Contains(secret))));
    }

    [Fact]
    public async Task Staff_without_the_permission_get_403_and_no_menu_entry_and_another_gminas_key_is_not_found()
    {
        var (clerkEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Urzędnik");
        var clerk = await StaffAccounts.SignInAsync(App, "kozy", clerkEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/kozy{ApiKeysPaths.Admin}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/kozy{ApiKeysPaths.AdminNew}")).StatusCode);
        Assert.DoesNotContain(ApiKeysPaths.Admin, await clerk.GetStringAsync("/kozy/admin"));

        // Siedlec's administrator issues a key; Kozy's administrator cannot reach it to revoke it.
        var (siedlecEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Administrator");
        var siedlecAdmin = await StaffAccounts.SignInAsync(App, "siedlec", siedlecEmail);
        var (_, page) = await FormPost.SubmitAsync(siedlecAdmin, $"/siedlec{ApiKeysPaths.AdminNew}",
            new Dictionary<string, string> { ["Form.Name"] = "Siedlec", ["Form.Scope"] = ApiKeyScopes.Open311 });
        var key = page.QuerySelector<IHtmlInputElement>("#api-key")!.Value;
        var id = await IdOfAsync(PrefixOf(key), "siedlec");
        var (kozyEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var kozyAdmin = await StaffAccounts.SignInAsync(App, "kozy", kozyEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await kozyAdmin.GetAsync($"/kozy{ApiKeysPaths.AdminRevoke(id)}")).StatusCode);
        Assert.DoesNotContain(PrefixOf(key), await kozyAdmin.GetStringAsync($"/kozy{ApiKeysPaths.Admin}"));
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(App.CreateClient(), "siedlec", key)).StatusCode);
    }

    private Task<Guid> IdOfAsync(string prefix, string gmina = "kozy") =>
        TenantQuery.InTenantAsync(App, gmina, db => db.Set<ApiKey>().Where(k => k.Prefix == prefix).Select(k => k.Id).SingleAsync());
}
