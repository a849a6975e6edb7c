using Eboi.Content;
using Eboi.Core;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Email;
using Eboi.Email.Delivery;
using Eboi.Email.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Email;

/// <summary>The real app with the four gminy and its delivery worker running; one per test class (class fixture).</summary>
public abstract class MailApp : IAsyncLifetime
{
    /// <summary>Base of {{portal}} when there is no request, fixed so tests can assert on it.</summary>
    public const string PublicUrl = "https://eboi.test";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public TestDatabase Db { get; private set; } = null!;
    public EboiAppFactory App { get; private set; } = null!;

    /// <summary>Changes to the mail settings of this app (after configuration is bound).</summary>
    protected virtual void ConfigureMail(EmailOptions options) { }

    protected virtual void ConfigureServices(IServiceCollection services) { }

    public async Task InitializeAsync()
    {
        App = await ReadyTimes.MeasureAsync(GetType(), () => TestDatabase.CreateAsync(DatabaseSeed.Gminy), db =>
        {
            var app = new EboiAppFactory(db, seed: true, services: s =>
            {
                s.PostConfigure<EboiOptions>(o => o.PublicUrl = PublicUrl);
                s.PostConfigure<EmailOptions>(ConfigureMail);
                ConfigureServices(s);
            });
            _ = app.Server;
            return app;
        });
        Db = App.Database;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }

    public static string NewAddress(string who) => $"{who}.{Guid.NewGuid():N}@example.test";

    public async Task<TenantInfo> TenantAsync(string slug) =>
        await App.Services.GetRequiredService<TenantRegistry>().FindBySlugAsync(slug) ?? throw new InvalidOperationException(slug);

    /// <summary>A scope whose DbContext works for the tenant, as a request of that tenant would.</summary>
    public async Task<AsyncServiceScope> TenantScopeAsync(string slug)
    {
        var tenant = await TenantAsync(slug);
        var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<EboiDbContext>().UseTenant(tenant.Id);
        return scope;
    }

    /// <summary>Stages a change (a content item) and a message, and saves both in one SaveChanges.</summary>
    public async Task EnqueueWithChangeAsync(string slug, OutgoingEmail email)
    {
        await using var scope = await TenantScopeAsync(slug);
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.Add(NewChange(db.TenantId!.Value));
        await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(email);
        await db.SaveChangesAsync();
    }

    public static ContentItem NewChange(Guid tenantId) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        ContentType = ContentTypeNames.Page,
        Key = $"email-test-{Guid.NewGuid():N}",
        CreatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>The outbox rows for an address, across tenants (read in the worker's scope).</summary>
    internal async Task<IReadOnlyList<EmailOutboxMessage>> OutboxRowsAsync(string to)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseWorkerScope(OutboxWorkerScope.Name);
        return await db.Set<EmailOutboxMessage>().IgnoreQueryFilters().AsNoTracking().Where(m => m.ToAddress == to).ToListAsync();
    }

    /// <summary>Polls the outbox row for an address until it satisfies <paramref name="condition"/>.</summary>
    internal async Task<EmailOutboxMessage> WaitForRowAsync(string to, Func<EmailOutboxMessage, bool> condition)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            var row = (await OutboxRowsAsync(to)).SingleOrDefault();
            if (row is not null && condition(row)) return row;
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"Outbox row for {to} did not reach the expected state: {(row is null ? "no row" : $"{row.Status}, attempts {row.Attempts}, {row.LastError}")}");
            await Task.Delay(50);
        }
    }
}

/// <summary>Sends real SMTP to the tests' catcher (as every test app does).</summary>
public sealed class SmtpMailApp : MailApp;

/// <summary>The test classes that only need an app sending to the catcher share one (each uses its own addresses).</summary>
[CollectionDefinition(Name)]
public sealed class SmtpMailCollection : ICollectionFixture<SmtpMailApp>
{
    public const string Name = "smtp mail app";
}
