using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Core.Workflows;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Workflows.Engine;

/// <summary>Stages new instances of a definition's current version in the caller's unit of work (tenant set), once per start key.</summary>
internal sealed class WorkflowStarter(EboiDbContext db, JobSignal signal, TimeProvider clock)
{
    /// <summary>Starts <paramref name="definition"/> for <paramref name="startKey"/> unless an instance with that key exists; true when staged.</summary>
    public async Task<bool> StartAsync(WorkflowDefinition definition, string startKey, WorkflowEventData input, string cause, CancellationToken ct)
    {
        if (definition.Graph.Activities.Count == 0) return false;
        if (await db.Set<WorkflowInstance>().AnyAsync(i => i.DefinitionId == definition.Id && i.StartKey == startKey, ct)) return false;
        var now = clock.GetUtcNow();
        var first = definition.Graph.Activities[0];
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = definition.Id,
            Version = definition.Version,
            Status = WorkflowStatus.Running,
            CurrentActivity = first.Id,
            StartKey = startKey,
            SubjectType = input.Subject?.Type,
            SubjectId = input.Subject?.Id,
            PersonEmail = input.PersonEmail,
            Values = new Dictionary<string, string>(input.Values),
            NextRunAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(instance);
        db.Add(new WorkflowJournalEntry
        {
            Id = Guid.CreateVersion7(), InstanceId = instance.Id, At = now, ActivityId = first.Id, Task = WorkflowJournal.Start,
            Note = $"Start (wersja {definition.Version}): {cause}",
        });
        signal.WakeAfterCommit(db);
        return true;
    }
}
