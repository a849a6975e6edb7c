using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Core.Tenancy;
using Eboi.Email.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Workflows;
using Eboi.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>The real app on the four seeded gminy with a fake clock, a recording <see cref="IOnlinePayments"/> and an SMS catcher; one per test class.</summary>
public sealed class TaxesApp : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    public RecordingOnlinePayments Payments { get; } = new();
    public RecordedSms Sms { get; } = new();
    public TestDatabase Db { get; private set; } = null!;
    public EboiAppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(DatabaseSeed.Gminy);
        App = new EboiAppFactory(Db, seed: true, services: s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton<IOnlinePayments>(Payments);
            s.AddSingleton<Core.Notifications.ISmsSender>(Sms);
        });
        _ = App.Server;
        await DrainAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }

    public Task DrainAsync() => App.Services.GetRequiredService<JobLoop>().DrainAsync();

    public Task<Guid> TenantAsync(string slug) => WorkflowsApp.TenantOf(App, slug);

    /// <summary>Runs <paramref name="work"/> in a unit of work of <paramref name="slug"/>'s tenant (committed at the end).</summary>
    public async Task<T> InTenantAsync<T>(string slug, Func<EboiDbContext, IServiceProvider, Task<T>> work)
    {
        var tenant = await TenantAsync(slug);
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(slug);
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        return await db.ForTenantAsync(tenant, _ => work(db, scope.ServiceProvider));
    }

    internal Task<List<EmailOutboxMessage>> MailToAsync(string slug, string address) =>
        InTenantAsync(slug, (db, _) => db.Set<EmailOutboxMessage>().AsNoTracking().Where(m => m.ToAddress == address).ToListAsync());
}
