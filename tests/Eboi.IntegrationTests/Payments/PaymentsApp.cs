using System.Collections.Concurrent;
using System.Net;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Jobs;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Payments;
using Eboi.Payments.Domain;
using Eboi.Payments.FakeGateway;
using Eboi.Payments.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Eboi.IntegrationTests.Payments;

/// <summary>
/// The app on a real socket (the adapter reaches the fake gateway, and the fake gateway the notification endpoint,
/// over HTTP), a citizen of Kozy, and helpers to start, pay and inspect payments. Test-only orders use Source "Test".
/// </summary>
internal sealed class PaymentsApp : IAsyncDisposable
{
    public const string Gmina = "kozy";
    public const string Source = "Test";

    /// <summary>Every PaymentSucceeded the test handler received, by payment.</summary>
    public static readonly ConcurrentDictionary<Guid, int> Delivered = new();

    public required EboiAppFactory App { get; init; }
    public required Uri Url { get; init; }
    public required Guid CitizenId { get; init; }
    public required string CitizenEmail { get; init; }
    public HttpClient Browser { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public static async Task<PaymentsApp> StartAsync()
    {
        var db = await TestDatabase.CreateAsync(DatabaseSeed.Gminy);
        var app = new EboiAppFactory(db, services: s => s.AddEventHandler<PaymentSucceeded, RecordingHandler>());
        var url = app.UseRealServer();
        var (email, id) = await StaffAccounts.CreateAsync(app, Gmina);
        return new PaymentsApp { App = app, Url = url, CitizenId = id, CitizenEmail = email };
    }

    public PaymentOrder Order(string key, decimal amount = 100m, Guid? payer = null) =>
        new(Source, payer ?? CitizenId, CitizenEmail, "Opłata testowa", [new PaymentLine("test:" + key, "Pozycja testowa", amount)], key, "/platnosci");

    public async Task<PaymentStart> StartAsync(PaymentOrder order)
    {
        using var scope = await TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<IOnlinePayments>().StartAsync(order, CancellationToken.None);
    }

    /// <summary>The payer on the fake gateway's page: opens it, then clicks a button with a notification mode.</summary>
    public async Task<HttpResponseMessage> PayAsync(PaymentStart start, string decision = FakeGatewayPage.Pay, string notification = NotificationVariants.Normal)
    {
        var page = await Browser.GetAsync(start.RedirectUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Zapłać", await page.Content.ReadAsStringAsync());
        var response = await Browser.PostAsync(start.RedirectUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [FakeGatewayPage.DecisionField] = decision, [FakeGatewayPage.NotificationField] = notification,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    /// <summary>The fake gateway's control: one more notification of this payment now; returns the shop's answer.</summary>
    public async Task<int> NotifyAsync(PaymentStart start, string variant = NotificationVariants.Normal)
    {
        var token = start.RedirectUrl.Segments[^1];
        var response = await Browser.PostAsync(new Uri(Url, FakeGatewayRoutes.NotifyNow(token, variant).TrimStart('/')), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("status").GetInt32();
    }

    /// <summary>Which of these items are in payments still in flight (what a module's page shows as "płatność w toku").</summary>
    public async Task<List<string>> ItemsInFlightAsync(params string[] itemRefs)
    {
        using var scope = await TenantScopeAsync();
        var items = await scope.ServiceProvider.GetRequiredService<IOnlinePayments>().InFlightAsync(Source, itemRefs, CancellationToken.None);
        return items.Select(i => i.ItemRef).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public async Task<Payment> PaymentAsync(Guid id)
    {
        using var scope = await TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<EboiDbContext>().Set<Payment>().AsNoTracking().SingleAsync(p => p.Id == id);
    }

    public async Task<List<string>> VerdictsAsync(Guid id)
    {
        using var scope = await TenantScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<EboiDbContext>().Set<PaymentNotification>().AsNoTracking()
            .Where(n => n.PaymentId == id || n.SessionId == id.ToString("N")).OrderBy(n => n.ReceivedAt).Select(n => n.Verdict).ToListAsync();
    }

    /// <summary>PaymentSucceeded events stored for the payment (the outbox), whatever their delivery.</summary>
    public async Task<int> StoredEventsAsync(Guid id)
    {
        await using var conn = new NpgsqlConnection(App.Database.OwnerConnectionString);
        await conn.OpenAsync();
        // payload is jsonb: compared as text (LIKE has no jsonb operator).
        await using var cmd = new NpgsqlCommand(
            $"SELECT set_config('app.tenant_id', (SELECT id::text FROM tenants WHERE slug = '{Gmina}'), false); " +
            $"SELECT count(*)::int FROM domain_events WHERE type = 'payments.succeeded' AND payload::text LIKE '%{id}%'", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt32(0);
    }

    /// <summary>Moves the payment's clock back (as if it were started <paramref name="minutes"/> ago).</summary>
    public Task AgeAsync(Guid id, int minutes) => OwnerSqlAsync(
        $"UPDATE payments SET created_at = created_at - interval '{minutes} minutes', started_at = started_at - interval '{minutes} minutes' WHERE id = '{id}'");

    public async Task OwnerSqlAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(App.Database.OwnerConnectionString);
        await conn.OpenAsync();
        // Row-level security binds the owner too: act as the gmina.
        await using var cmd = new NpgsqlCommand($"SELECT set_config('app.tenant_id', (SELECT id::text FROM tenants WHERE slug = '{Gmina}'), false); {sql}", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<(int Paid, int Expired, int Failed)> ReconcileAsync()
    {
        using var scope = await TenantScopeAsync();
        var tenant = scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant!;
        var settings = await scope.ServiceProvider.GetRequiredService<Eboi.Payments.Gateway.TenantGatewaySettings>().LoadAsync(CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<ReconcilePaymentsJob>().RunForTenantAsync(tenant.Id, settings!, CancellationToken.None);
    }

    public static async Task WaitForDeliveryAsync(Guid id)
    {
        for (var i = 0; i < 100 && !Delivered.ContainsKey(id); i++) await Task.Delay(100);
        Assert.True(Delivered.ContainsKey(id), "PaymentSucceeded was not delivered");
    }

    private async Task<IServiceScope> TenantScopeAsync()
    {
        var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(Gmina);
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
    }

    private sealed class RecordingHandler : IDomainEventHandler<PaymentSucceeded>
    {
        public Task HandleAsync(PaymentSucceeded e, DomainEventContext context, CancellationToken ct)
        {
            Delivered.AddOrUpdate(e.PaymentId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}
