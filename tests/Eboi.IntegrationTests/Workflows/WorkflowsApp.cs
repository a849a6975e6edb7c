using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Jobs;
using Eboi.Core.Tenancy;
using Eboi.Core.Workflows;
using Eboi.Email;
using Eboi.Email.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Workflows;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Eboi.IntegrationTests.Workflows;

/// <summary>A fault-report-like event published by a test "module" (subject type "testowy").</summary>
[DomainEvent("tests.workflow-reported")]
public sealed record TestReported(Guid Id, string Email, string Numer, string DzialEmail);

[DomainEvent("tests.workflow-status-changed")]
public sealed record TestStatusChanged(Guid Id, string Email, string Status);

/// <summary>Makes the "testy.awaria" task throw while <see cref="Failing"/> is on.</summary>
public sealed class FlakySwitch
{
    public volatile bool Failing;
}

/// <summary>A task that fails on demand (a module's task reached through the same interface as the built-in ones).</summary>
public sealed class FlakyTask(FlakySwitch flaky) : IWorkflowTask
{
    public const string TaskName = "testy.awaria";
    public string Name => TaskName;
    public string Label => "Zadanie testowe, które zawodzi na żądanie";
    public IReadOnlyList<WorkflowParameter> Parameters => [];
    public IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings) => [new("gotowe", "Gotowe")];
    public IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context) => [];

    public Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct) =>
        flaky.Failing ? throw new InvalidOperationException("system dziedzinowy nie odpowiada") : Task.FromResult(WorkflowTaskResult.Done("gotowe"));
}

/// <summary>The real app with a fake clock, two test workflow events, a test e-mail template and a flaky task; one per test class.</summary>
public sealed class WorkflowsApp : IAsyncLifetime
{
    public const string Reported = "testy.zgloszono";
    public const string StatusChanged = "testy.zmiana-statusu";
    public const string Template = "testy.potwierdzenie";

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    public FlakySwitch Flaky { get; } = new();
    public RecordedSms Sms { get; } = new();
    public TestDatabase Db { get; private set; } = null!;
    public EboiAppFactory App { get; private set; } = null!;

    public static void AddTestServices(IServiceCollection s, TimeProvider clock, FlakySwitch flaky)
    {
        s.AddSingleton(clock);
        s.AddSingleton(flaky);
        s.Configure<JobOptions>(o => o.MaxAttempts = 3);
        WorkflowField[] fields = [new("numer", "numer"), new("dzial_email", "adres działu"), new("status", "status")];
        s.AddWorkflowEvent<TestReported>(Reported, "Testowe zgłoszenie", fields, e => new WorkflowEventData(new WorkflowSubject("testowy", e.Id.ToString("D")),
            new Dictionary<string, string> { ["numer"] = e.Numer, ["dzial_email"] = e.DzialEmail, ["status"] = "nowe" }, e.Email));
        s.AddWorkflowEvent<TestStatusChanged>(StatusChanged, "Testowa zmiana statusu", fields, e => new WorkflowEventData(new WorkflowSubject("testowy", e.Id.ToString("D")),
            new Dictionary<string, string> { ["status"] = e.Status }, e.Email));
        s.AddWorkflowTask<FlakyTask>();
        s.AddEmailTemplates(EmailTemplateDefinition.Define(Template, "Test", "Zgłoszenie {{ numer }}", "Dzień dobry, zgłoszenie {{ numer }} ma status {{ status }}.",
            new PlaceholderInfo("numer", "numer"), new PlaceholderInfo("status", "status")));
    }

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync(DatabaseSeed.Gminy);
        App = new EboiAppFactory(Db, seed: true, services: s =>
        {
            AddTestServices(s, Clock, Flaky);
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

    public Task DrainAsync() => Drain(App);

    public static Task Drain(EboiAppFactory app) => app.Services.GetRequiredService<JobLoop>().DrainAsync();

    /// <summary>A second, independent loop instance over the same queues, as another node would run.</summary>
    public JobLoop NewLoop() => ActivatorUtilities.CreateInstance<JobLoop>(App.Services);

    public async Task<Guid> TenantAsync(string slug) => await TenantOf(App, slug);

    public static async Task<Guid> TenantOf(EboiAppFactory app, string slug) =>
        (await app.Services.GetRequiredService<TenantRegistry>().FindBySlugAsync(slug) ?? throw new InvalidOperationException(slug)).Id;

    /// <summary>A one-activity-after-another workflow on <see cref="Reported"/>.</summary>
    internal static WorkflowDocument Chain(string key, params (string Id, string Task, Dictionary<string, string> Settings)[] steps) => new()
    {
        Key = key,
        Title = "Test " + key,
        Trigger = new() { Event = Reported },
        Activities = steps.Select(s => new WorkflowDocumentActivity { Id = s.Id, Task = s.Task, Settings = s.Settings }).ToList(),
        Transitions = steps.Zip(steps.Skip(1), (a, b) => new WorkflowDocumentTransition(a.Id, "gotowe", b.Id)).ToList(),
    };

    internal Task<WorkflowDefinition> SaveAsync(string slug, WorkflowDocument doc) => Save(App, slug, doc);

    internal static async Task<WorkflowDefinition> Save(EboiAppFactory app, string slug, WorkflowDocument doc)
    {
        var tenant = await TenantOf(app, slug);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitions>();
        var result = await db.ForTenantAsync(tenant, ct => definitions.SaveAsync(doc, "test", null, ct));
        Assert.Empty(result.Errors);
        return result.Saved!;
    }

    public Task PublishAsync(string slug, params object[] events) => Publish(App, slug, events);

    public static async Task Publish(EboiAppFactory app, string slug, params object[] events)
    {
        var tenant = await TenantOf(app, slug);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IDomainEventPublisher>();
        await db.ForTenantAsync(tenant, async _ =>
        {
            foreach (var e in events)
                switch (e)
                {
                    case TestReported r: publisher.Publish(r); break;
                    case TestStatusChanged c: publisher.Publish(c); break;
                }
            await db.SaveChangesAsync();
        });
    }

    /// <summary>Runs <paramref name="query"/> with <paramref name="slug"/>'s tenant set.</summary>
    public Task<T> QueryAsync<T>(string slug, Func<EboiDbContext, Task<T>> query) => Query(App, slug, query);

    public static async Task<T> Query<T>(EboiAppFactory app, string slug, Func<EboiDbContext, Task<T>> query)
    {
        var tenant = await TenantOf(app, slug);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseTenant(tenant);
        return await query(db);
    }

    internal Task<List<WorkflowInstance>> InstancesAsync(string slug, Guid definition) =>
        QueryAsync(slug, db => db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.DefinitionId == definition).ToListAsync());

    internal Task<List<WorkflowJournalEntry>> JournalAsync(string slug, Guid instance) =>
        QueryAsync(slug, db => db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => j.InstanceId == instance).OrderBy(j => j.At).ThenBy(j => j.Id).ToListAsync());

    internal Task<List<EmailOutboxMessage>> MailToAsync(string slug, string address) =>
        QueryAsync(slug, db => db.Set<EmailOutboxMessage>().AsNoTracking().Where(m => m.ToAddress == address).ToListAsync());
}
