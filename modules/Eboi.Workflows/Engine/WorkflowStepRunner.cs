using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Core.Tenancy;
using Eboi.Core.Workflows;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eboi.Workflows.Engine;

/// <summary>
/// Runs one step of one claimed instance in one transaction with its tenant set: locks the row, checks the claim is still
/// its own, runs the task (whose side effects, e.g. outbox e-mail, are staged in the same context), writes the journal
/// line and the next state, commits. A throw rolls all of it back; the failure is then recorded apart (retry with
/// backoff, Faulted after the last attempt), so a step never half-happens and never happens twice.
/// </summary>
internal sealed class WorkflowStepRunner(
    IServiceProvider services,
    EboiDbContext db,
    CurrentTenant currentTenant,
    TenantRegistry tenants,
    WorkflowCatalog catalog,
    TimeProvider clock,
    ILogger<WorkflowStepRunner> logger)
{
    public async Task RunAsync(WorkflowInstanceQueue.Claim claim, RetrySchedule schedule, CancellationToken ct)
    {
        try
        {
            currentTenant.Tenant = await tenants.FindByIdAsync(claim.TenantId, ct);
            await db.ForTenantAsync(claim.TenantId, c => StepAsync(claim, c), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var failureDb = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            await failureDb.ForTenantAsync(claim.TenantId, c => RecordFailureAsync(failureDb, claim, e, schedule, c), ct);
        }
    }

    private static async Task<WorkflowInstance?> LockAsync(EboiDbContext db, WorkflowInstanceQueue.Claim claim, CancellationToken ct)
    {
        var rows = await db.Set<WorkflowInstance>()
            .FromSql($"SELECT * FROM workflow_instances WHERE id = {claim.Id} AND tenant_id = {claim.TenantId} FOR UPDATE")
            .IgnoreQueryFilters().ToListAsync(ct);
        var instance = rows.SingleOrDefault();
        // Gone (retention), ended, or claimed again by another worker after this lease ran out: not ours to run.
        return instance is { Status: WorkflowStatus.Running or WorkflowStatus.Waiting } && instance.LeaseToken == claim.LeaseToken ? instance : null;
    }

    private async Task StepAsync(WorkflowInstanceQueue.Claim claim, CancellationToken ct)
    {
        if (await LockAsync(db, claim, ct) is not { } instance) return;
        var now = clock.GetUtcNow();
        if (instance.Steps >= WorkflowInstance.MaxSteps)
            throw new InvalidOperationException($"Przebieg wykonał już {WorkflowInstance.MaxSteps} kroków: proces ma pętlę bez końca.");
        var version = await db.Set<WorkflowVersion>().AsNoTracking()
            .FirstAsync(v => v.DefinitionId == instance.DefinitionId && v.Version == instance.Version, ct);
        var activity = version.Graph.Find(instance.CurrentActivity)
            ?? throw new InvalidOperationException($"Wersja {version.Version} nie ma kroku „{instance.CurrentActivity}”.");
        var task = catalog.Task(activity.Task)
            ?? throw new InvalidOperationException($"Zadanie „{activity.Task}” nie jest dostępne (moduł wyłączony?).");

        var resumedBy = instance.ResumedByEvent is { } byEvent ? new WorkflowResume(WorkflowResumeReason.Event, byEvent)
            : instance.Status == WorkflowStatus.Waiting ? new WorkflowResume(WorkflowResumeReason.Timer, null)
            : null;
        var values = instance.Values;
        var input = new WorkflowEventData(
            instance.SubjectType is { } type && instance.SubjectId is { } id ? new WorkflowSubject(type, id) : null, values, instance.PersonEmail);
        var context = new WorkflowTaskContext(claim.TenantId, instance.Id, version.Title, activity.Id, activity.Settings, input, resumedBy, now,
            template => WorkflowLiquid.Render(template, values), condition => WorkflowLiquid.Evaluate(condition, values));

        // A step staff switched off does nothing and continues by its "gotowe" transition (the validator allows no other).
        var result = activity.Disabled ? WorkflowTaskResult.Done(WorkflowTaskNames.Done, "Krok wyłączony w panelu: pominięty.") : await task.ExecuteAsync(context, ct);

        var journal = new WorkflowJournalEntry { Id = Guid.CreateVersion7(), InstanceId = instance.Id, At = now, ActivityId = activity.Id, Task = task.Name };
        if (result.IsSuspended)
        {
            instance.Status = WorkflowStatus.Waiting;
            instance.NextRunAt = result.ResumeAt;
            instance.ResumeOnEvents = [.. result.ResumeOnEvents];
            journal.Note = WaitNote(result);
        }
        else
        {
            journal.Outcome = result.Outcome;
            journal.Note = result.Note;
            instance.ResumeOnEvents = [];
            if (version.Graph.Next(activity.Id, result.Outcome!) is { } next)
            {
                instance.Status = WorkflowStatus.Running;
                instance.CurrentActivity = next;
                instance.NextRunAt = now;
            }
            else
            {
                instance.Status = WorkflowStatus.Finished;
                instance.NextRunAt = null;
                instance.FinishedAt = now;
            }
        }
        db.Add(journal);
        instance.ResumedByEvent = null;
        instance.Attempt = 0;
        instance.Steps++;
        instance.LastError = null;
        instance.LeaseToken = null;
        instance.LockedUntil = null;
        instance.UpdatedAt = now;
    }

    private async Task RecordFailureAsync(EboiDbContext failureDb, WorkflowInstanceQueue.Claim claim, Exception error, RetrySchedule schedule, CancellationToken ct)
    {
        if (await LockAsync(failureDb, claim, ct) is not { } instance) return;
        var now = clock.GetUtcNow();
        var text = ErrorText.Describe(error);
        var version = await failureDb.Set<WorkflowVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.DefinitionId == instance.DefinitionId && v.Version == instance.Version, ct);
        instance.Attempt++;
        var retryIn = schedule.DelayAfter(instance.Attempt);
        failureDb.Add(new WorkflowJournalEntry
        {
            Id = Guid.CreateVersion7(), InstanceId = instance.Id, At = now, ActivityId = instance.CurrentActivity,
            Task = version?.Graph.Find(instance.CurrentActivity)?.Task ?? "", Error = text,
            Note = retryIn is { } d ? $"Próba {instance.Attempt} nieudana; następna za {d.TotalSeconds:0} s." : $"Próba {instance.Attempt} nieudana; przebieg zatrzymany (błąd).",
        });
        instance.LastError = text;
        instance.LeaseToken = null;
        instance.LockedUntil = null;
        instance.UpdatedAt = now;
        if (retryIn is { } delay) instance.NextRunAt = now + delay;
        else
        {
            instance.Status = WorkflowStatus.Faulted;
            instance.NextRunAt = null;
            instance.FinishedAt = now;
        }
        if (retryIn is null) logger.LogError(error, "Workflow instance {Instance} faulted at {Activity} after {Attempts} attempts", instance.Id, instance.CurrentActivity, instance.Attempt);
        else logger.LogWarning(error, "Workflow instance {Instance} failed at {Activity} (attempt {Attempt})", instance.Id, instance.CurrentActivity, instance.Attempt);
    }

    private static string WaitNote(WorkflowTaskResult result)
    {
        var parts = new List<string>();
        if (result.ResumeAt is { } at) parts.Add($"do {Core.Text.PolishTime.Format(at)}");
        if (result.ResumeOnEvents.Count > 0) parts.Add($"albo do zdarzenia: {string.Join(", ", result.ResumeOnEvents)}");
        return "Czeka " + string.Join(" ", parts);
    }
}
