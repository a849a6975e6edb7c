using System.Net;
using System.Text.Json.Nodes;
using Eboi.Content;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Users;

/// <summary>A changed regulamin must be accepted at the next request after login; version and time are recorded.</summary>
public sealed class RegulaminAcceptanceTests : FreshAppTest
{
    [Fact]
    public async Task A_new_regulamin_version_is_accepted_before_the_account_can_be_used()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var email = $"regulamin.{Guid.NewGuid():N}@example.test";
        await FormPost.SubmitAsync(client, $"/pokrzywnica{UserPaths.Register}?typ=osoba", AccountJourneyTests.Person(email));
        await client.GetStringAsync(AccountJourneyTests.LinkIn(await CaughtMail.WaitForMessageTo(email)));
        await FormPost.SubmitAsync(client, $"/pokrzywnica{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = "Zielony-Las7" });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/pokrzywnica{UserPaths.Account}")).StatusCode);

        using (var scope = App.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync("pokrzywnica");
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            var draft = new ContentDraft("Regulamin portalu (zmieniony)", "regulamin",
                new JsonObject { ["version"] = "2026-12-01", ["effectiveFrom"] = "2026-12-01", ["body"] = "## §1\n\nNowa treść." });
            var v = await content.SaveDraftAsync(ContentTypeNames.Regulamin, "regulamin", draft, "redaktor");
            await content.PublishAsync(v.ItemId, v.Number);
        }

        var redirected = await client.GetAsync($"/pokrzywnica{UserPaths.Account}");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith($"/pokrzywnica{UserPaths.AcceptRegulamin}", redirected.Headers.Location!.OriginalString);

        var (refused, refusedDoc) = await FormPost.SubmitAsync(client, redirected.Headers.Location.OriginalString, new Dictionary<string, string>(), formSelector: "form[novalidate]");
        Assert.Contains("zaakceptuj regulamin", refusedDoc.FieldError("Accept"));
        var (accepted, _) = await FormPost.SubmitAsync(client, redirected.Headers.Location.OriginalString, new Dictionary<string, string> { ["Accept"] = "true" }, formSelector: "form[novalidate]");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/pokrzywnica{UserPaths.Account}", accepted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/pokrzywnica{UserPaths.Account}")).StatusCode);
    }
}
