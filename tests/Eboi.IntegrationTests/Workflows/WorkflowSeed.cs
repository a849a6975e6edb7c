using Eboi.Core.Data;
using Eboi.Core.Workflows;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Eboi.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Workflows;

/// <summary>A small workflow with one instance in a tenant, for tests that need real ids behind /admin/procesy routes.</summary>
public static class WorkflowSeed
{
    public const string Key = "powiadom-o-rejestracji";

    public static async Task CreateAsync(EboiAppFactory app, string slug)
    {
        var tenant = await WorkflowsApp.TenantOf(app, slug);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitions>();
        var starter = scope.ServiceProvider.GetRequiredService<WorkflowStarter>();
        await db.ForTenantAsync(tenant, async ct =>
        {
            var saved = await definitions.SaveAsync(new WorkflowDocument
            {
                Key = Key,
                Title = "Powiadom o rejestracji",
                Trigger = new() { Event = "konto.zarejestrowano" },
                Activities = [new() { Id = "powiadom", Task = "panel.powiadom", Settings = new() { ["rola"] = "Administrator", ["tresc"] = "Nowe konto: {{ imie }}" } }],
            }, "test", null, ct);
            var definition = saved.Saved ?? throw new InvalidOperationException(string.Join("; ", saved.Errors));
            await starter.StartAsync(definition, "seed", new WorkflowEventData(null, new Dictionary<string, string> { ["imie"] = "Jan" }, null), "test", ct);
            await db.SaveChangesAsync(ct);
        });
    }

    public static async Task<int> CountAsync(EboiAppFactory app, string slug) =>
        await WorkflowsApp.Query(app, slug, db => db.Set<WorkflowDefinition>().CountAsync(d => d.Key == Key));
}
