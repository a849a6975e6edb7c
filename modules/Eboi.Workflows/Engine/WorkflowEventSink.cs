using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Jobs;
using Eboi.Core.Tenancy;
using Eboi.Core.Workflows;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Workflows.Engine;

/// <summary>
/// The engine's side of Core's workflow events: starts an instance of every enabled definition triggered by the event
/// (once per event id: unique start key), and resumes the instances waiting for this event on the same subject. All in
/// one transaction with the tenant set; the engine's queue then runs the steps.
/// </summary>
internal sealed class WorkflowEventSink(EboiDbContext db, WorkflowStarter starter, JobSignal signal, ICurrentTenant tenant, TimeProvider clock) : IWorkflowEventSink
{
    public Task OnEventAsync(WorkflowEventDefinition definition, WorkflowEventData data, DomainEventContext context, CancellationToken ct) =>
        // A tenant that switched the module off keeps its definitions but runs none of them.
        tenant.Tenant is { } t && !t.HasModule(WorkflowsModule.ModuleName) ? Task.CompletedTask : db.ForTenantAsync(context.TenantId, async c =>
        {
            var definitions = await db.Set<WorkflowDefinition>()
                .Where(d => d.Enabled && d.TriggerEvent == definition.Name).ToListAsync(c);
            foreach (var d in definitions)
                await starter.StartAsync(d, context.EventId.ToString("D"), data, $"zdarzenie „{definition.Label}”", c);
            await db.SaveChangesAsync(c);

            if (data.Subject is not { } subject) return;
            var now = clock.GetUtcNow();
            var name = definition.Name;
            var eventId = context.EventId;
            var resumed = await db.Set<WorkflowInstance>()
                .Where(i => i.Status == WorkflowStatus.Waiting && i.SubjectType == subject.Type && i.SubjectId == subject.Id
                            && i.ResumeOnEvents.Contains(name) && (i.ResumeEventId == null || i.ResumeEventId != eventId))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Status, WorkflowStatus.Running)
                    .SetProperty(i => i.NextRunAt, now)
                    .SetProperty(i => i.ResumedByEvent, name)
                    .SetProperty(i => i.ResumeEventId, eventId)
                    .SetProperty(i => i.UpdatedAt, now), c);
            if (resumed > 0) signal.WakeAfterCommit(db);
        }, ct);
}
