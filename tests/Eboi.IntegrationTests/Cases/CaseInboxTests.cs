using System.Net;
using System.Text.Json;
using Eboi.Cases;
using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Eboi.IntegrationTests.Cases.CasesTestData;

namespace Eboi.IntegrationTests.Cases;

/// <summary>
/// The EZD's pull: items come oldest first in pages and return on every pull until acknowledged, then never; a second
/// acknowledgement changes nothing; another gmina's key sees none of it; ICaseInbox commits only with its caller.
/// </summary>
public sealed class CaseInboxTests : FreshAppTest
{
    private const string Gmina = "pokrzywnica";

    [Fact]
    public async Task The_pull_pages_oldest_first_and_returns_each_item_until_acknowledged_then_never_again()
    {
        var sender = await CitizenAsync(App, Gmina, Pesel1, "nadawca@example.test");
        var key = await KeyAsync(App, Gmina);
        var client = App.CreateClient();
        await DrainInboxAsync(client, Gmina, key);
        var ids = new List<Guid>();
        for (var i = 1; i <= 3; i++) ids.Add(await AddItemAsync(Gmina, sender, $"Wiadomość {i}", commit: true));

        var first = await PullOkAsync(client, Gmina, key, "?limit=2");
        Assert.Equal(ids[..2], Ids(first));
        var next = first.GetProperty("next").GetGuid();
        var second = await PullOkAsync(client, Gmina, key, $"?limit=2&after={next}");
        Assert.Equal([ids[2]], Ids(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        var item = first.GetProperty("items")[0];
        Assert.Equal(("wiadomosc", "Wiadomość 1", "nadawca@example.test", Pesel1),
            (item.GetProperty("kind").GetString(), item.GetProperty("title").GetString(), item.GetProperty("sender").GetProperty("email").GetString(),
                item.GetProperty("sender").GetProperty("pesel").GetString()));
        Assert.Equal("treść", item.GetProperty("body").GetProperty("text").GetString());

        // Not acknowledged: it comes again.
        Assert.Equal(ids, Ids(await PullOkAsync(client, Gmina, key)));

        var ack = await AcknowledgeAsync(client, Gmina, key, ids[0], "RPW/7/2026");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var ackJson = JsonDocument.Parse(await ack.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("acknowledged", "RPW/7/2026"), (ackJson.GetProperty("outcome").GetString(), ackJson.GetProperty("registerNumber").GetString()));
        var again = JsonDocument.Parse(await (await AcknowledgeAsync(client, Gmina, key, ids[0], "RPW/8/2026")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("already-acknowledged", "RPW/7/2026"), (again.GetProperty("outcome").GetString(), again.GetProperty("registerNumber").GetString()));
        Assert.Equal(ids[1..], Ids(await PullOkAsync(client, Gmina, key)));
        Assert.Equal(ids[1..], Ids(await PullOkAsync(client, Gmina, key)));

        var status = await InTenantAsync(App, Gmina, async db =>
            await db.Set<InboxItem>().Where(i => i.Id == ids[0]).Select(i => i.RegisterNumber).SingleAsync());
        Assert.Equal("RPW/7/2026", status);

        // Another gmina's key: nothing to pull, nothing to acknowledge.
        var otherKey = await KeyAsync(App, "kozy");
        Assert.DoesNotContain(Ids(await PullOkAsync(client, "kozy", otherKey, "?limit=200")), ids.Contains);
        Assert.Equal(HttpStatusCode.NotFound, (await AcknowledgeAsync(client, "kozy", otherKey, ids[1], "X/1")).StatusCode);
        Assert.Equal(ids[1..], Ids(await PullOkAsync(client, Gmina, key)));
        Assert.Equal(HttpStatusCode.BadRequest, (await AcknowledgeAsync(client, Gmina, key, ids[1], " ")).StatusCode);
    }

    [Fact]
    public async Task An_item_added_through_ICaseInbox_commits_only_with_the_callers_unit_of_work()
    {
        var sender = await CitizenAsync(App, Gmina, Pesel1, "nadawca2@example.test");
        var key = await KeyAsync(App, Gmina);
        await DrainInboxAsync(App.CreateClient(), Gmina, key);
        var dropped = await AddItemAsync(Gmina, sender, "Porzucona", commit: false);
        var kept = await AddItemAsync(Gmina, sender, "Zapisana", commit: true);

        Assert.Equal([kept], Ids(await PullOkAsync(App.CreateClient(), Gmina, key)));
        Assert.NotEqual(dropped, kept);
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(Gmina);
        var inbox = scope.ServiceProvider.GetRequiredService<ICaseInbox>();
        Assert.Null(await inbox.StatusAsync(dropped, default));
        Assert.Null((await inbox.StatusAsync(kept, default))!.RegisterNumber);
    }

    private async Task<Guid> AddItemAsync(string gmina, Guid sender, string title, bool commit)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var id = await scope.ServiceProvider.GetRequiredService<ICaseInbox>().AddAsync(
            new CaseInboxItem(CaseInboxKinds.Message, sender, title, """{"subject":"t","text":"treść"}""", []), default);
        await db.SaveChangesAsync();
        if (commit) await tx.CommitAsync();
        else await tx.RollbackAsync();
        return id;
    }

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}

/// <summary>The cases API is rate limited per key like the tax import.</summary>
public sealed class CasesApiRateLimitTests : FreshAppTest
{
    private const int PerKey = 3, PerAddress = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Eboi:ApiKeys:RateLimits:PerKey", PerKey.ToString());
        builder.UseSetting("Eboi:ApiKeys:RateLimits:PerAddress", PerAddress.ToString());
    }

    protected override void ConfigureServices(IServiceCollection services) => SimulatedClientAddress.AddTo(services);

    [Fact]
    public async Task A_key_gets_429_after_its_limit_and_another_key_is_not_affected()
    {
        var key = await KeyAsync(App, "kozy");
        var other = await KeyAsync(App, "kozy");
        var client = SimulatedClientAddress.Client(App, "198.51.100.7");
        // The key's first request is counted by address (the limiter runs before the key is checked).
        for (var i = 0; i <= PerKey; i++) Assert.Equal(HttpStatusCode.OK, (await PullAsync(client, "kozy", key)).StatusCode);
        var limited = await PullAsync(client, "kozy", key);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);

        var fresh = SimulatedClientAddress.Client(App, "198.51.100.8");
        Assert.Equal(HttpStatusCode.OK, (await PullAsync(fresh, "kozy", other)).StatusCode);
    }
}
