using System.Net;
using System.Text.Json.Nodes;
using Eboi.Content;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Content;

/// <summary>Drafts stay private, publishing replaces the public version (and evicts the cache), history and restore.</summary>
public sealed class ContentVersioningTests : FreshAppTest
{

    private async Task<T> AsTenantAsync<T>(string slug, Func<ContentService, Task<T>> work)
    {
        using var scope = App.Services.CreateScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(slug);
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = tenant;
        return await work(scope.ServiceProvider.GetRequiredService<ContentService>());
    }

    private static ContentDraft Page(string title, string body) => new(title, "aktualnosci", new JsonObject { ["body"] = body });

    [Fact]
    public async Task Draft_is_not_public_until_published_and_history_keeps_every_version()
    {
        var client = App.CreateClient();
        var v1 = await AsTenantAsync("siedlec", c => c.SaveDraftAsync(ContentTypeNames.Page, "aktualnosci", Page("Aktualności", "Pierwsza wersja"), "redaktor"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/siedlec/aktualnosci")).StatusCode);

        await AsTenantAsync("siedlec", async c => { await c.PublishAsync(v1.ItemId, v1.Number); return 0; });
        Assert.Contains("Pierwsza wersja", await client.GetStringAsync("/siedlec/aktualnosci"));

        var v2 = await AsTenantAsync("siedlec", c => c.SaveDraftAsync(ContentTypeNames.Page, "aktualnosci", Page("Aktualności", "Druga wersja"), "redaktor"));
        var page = await client.GetStringAsync("/siedlec/aktualnosci");
        Assert.Contains("Pierwsza wersja", page);   // the draft stays private
        Assert.DoesNotContain("Druga wersja", page);

        await AsTenantAsync("siedlec", async c => { await c.PublishAsync(v2.ItemId, v2.Number); return 0; });
        Assert.Contains("Druga wersja", await client.GetStringAsync("/siedlec/aktualnosci"));   // cache evicted on publish

        var restored = await AsTenantAsync("siedlec", c => c.RestoreAsync(v1.ItemId, 1, "redaktor"));
        Assert.Equal(3, restored.Number);
        Assert.Equal(ContentStatus.Draft, restored.Status);
        var history = await AsTenantAsync("siedlec", c => c.HistoryAsync(v1.ItemId));
        Assert.Equal([3, 2, 1], history.Select(h => h.Number));
        Assert.Equal([ContentStatus.Draft, ContentStatus.Published, ContentStatus.Archived], history.Select(h => h.Status));

        await AsTenantAsync("siedlec", async c => { await c.UnpublishAsync(v1.ItemId); return 0; });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/siedlec/aktualnosci")).StatusCode);
        // another tenant never saw it
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kozy/aktualnosci")).StatusCode);
    }

    [Fact]
    public async Task Content_of_one_tenant_is_invisible_to_another_through_the_service()
    {
        await AsTenantAsync("siedlec", c => c.SaveDraftAsync(ContentTypeNames.Page, "tylko-siedlec", Page("Tylko Siedlec", "x"), "redaktor"));
        var fromKozy = await AsTenantAsync("kozy", c => c.FindItemAsync(ContentTypeNames.Page, "tylko-siedlec"));
        Assert.Null(fromKozy);
    }
}
