using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Core.Workflows;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Engine;

/// <summary>
/// Every minute, host-wide (one delivery per minute, not one per tenant): finds enabled timer workflows of active
/// tenants whose next occurrence is due, and starts each once for that occurrence (start key "cron:" + the time, so a
/// retried run starts nothing twice), moving its next occurrence on in the same transaction.
/// </summary>
internal sealed class TimerWorkflowsJob(IServiceScopeFactory scopes, TimeProvider clock) : IScheduledJob
{
    public const string Name = "workflows.timers";
    public const string Cron = "* * * * *";

    public async Task RunAsync(ScheduledJobContext context, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<(Guid Id, Guid TenantId)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            db.UseWorkerScope(WorkflowWorkerScope.Name);
            var active = db.Tenants.Where(t => t.State == Core.Tenancy.TenantState.Active).Select(t => t.Id);
            due = (await db.Set<WorkflowDefinition>().IgnoreQueryFilters().AsNoTracking()
                    .Where(d => d.Enabled && d.TriggerEvent == WorkflowTriggers.Timer && d.NextFireAt <= now && active.Contains(d.TenantId))
                    .Select(d => new { d.Id, d.TenantId }).ToListAsync(ct))
                .Select(d => (d.Id, d.TenantId)).ToList();
        }
        foreach (var (id, tenantId) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            var starter = scope.ServiceProvider.GetRequiredService<WorkflowStarter>();
            await db.ForTenantAsync(tenantId, async c =>
            {
                var definition = await db.Set<WorkflowDefinition>().FirstOrDefaultAsync(d => d.Id == id, c);
                if (definition is not { Enabled: true, NextFireAt: { } occurrence } || occurrence > now) return;
                await starter.StartAsync(definition, "cron:" + occurrence.UtcDateTime.ToString("yyyy-MM-ddTHH:mmZ"),
                    new WorkflowEventData(null, new Dictionary<string, string>(), null), $"harmonogram {definition.TriggerCron}", c);
                // Occurrences missed while no node ran collapse into this one start.
                definition.NextFireAt = WorkflowCron.NextAfter(definition.TriggerCron, now);
            }, ct);
        }
    }
}
