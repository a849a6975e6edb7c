using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Email;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Workflows.Definitions;

/// <summary>
/// Workflow definitions of the current tenant: read, validate, save by key (a change makes a new version, an unchanged
/// document changes nothing), enable and disable. Shared by the editor, the JSON import and the recipe step.
/// </summary>
internal sealed class WorkflowDefinitions(EboiDbContext db, WorkflowCatalog catalog, IStaffDirectory staff, IEmailTemplateCatalog templates,
    AuditLog audit, TimeProvider clock)
{
    public sealed record SaveResult(WorkflowDefinition? Saved, bool Changed, IReadOnlyList<WorkflowError> Errors);

    public async Task<IReadOnlyList<WorkflowDefinition>> ListAsync(CancellationToken ct) =>
        await db.Set<WorkflowDefinition>().AsNoTracking().OrderBy(d => d.Title).ToListAsync(ct);

    public Task<WorkflowDefinition?> FindAsync(Guid id, CancellationToken ct) =>
        db.Set<WorkflowDefinition>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    public IReadOnlySet<string> TemplateKeys => templates.All.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> RolesAsync(CancellationToken ct) => (await staff.RolesAsync(ct)).ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlyList<WorkflowError>> ValidateAsync(WorkflowDocument doc, CancellationToken ct) =>
        WorkflowValidator.Validate(doc, catalog, await RolesAsync(ct), TemplateKeys);

    /// <summary>Validates and saves <paramref name="doc"/> by its key, audited with <paramref name="auditAs"/> (null: the change's own event).</summary>
    public async Task<SaveResult> SaveAsync(WorkflowDocument doc, string? author, AuditEvent? auditAs, CancellationToken ct)
    {
        var errors = await ValidateAsync(doc, ct);
        if (errors.Count > 0) return new(null, false, errors);
        var (saved, change) = await ApplyAsync(doc, author, ct);
        var off = doc.Activities.Where(a => a.Disabled).Select(a => a.Id).ToList();
        if (change is not null)
            audit.Add(auditAs ?? change, $"{saved.Title} ({saved.Key})", $"wersja {saved.Version}{(off.Count == 0 ? "" : ", wyłączone kroki: " + string.Join(", ", off))}");
        await db.SaveChangesAsync(ct);
        return new(saved, change is not null, []);
    }

    /// <summary>
    /// Stages the document as the tenant's definition with its key (no validation, no save): new → version 1; a changed
    /// title, trigger or graph → the next version, kept beside the old; only "enabled" changed → same version.
    /// Returns the definition and which change it was (null: nothing differs).
    /// </summary>
    public async Task<(WorkflowDefinition Definition, AuditEvent? Change)> ApplyAsync(WorkflowDocument doc, string? author, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var graph = ToGraph(doc);
        var title = doc.Title.Trim();
        var cron = doc.Trigger.Event == WorkflowTriggers.Timer ? doc.Trigger.Cron?.Trim() : null;
        var row = await db.Set<WorkflowDefinition>().FirstOrDefaultAsync(d => d.Key == doc.Key, ct);
        if (row is null)
        {
            row = new WorkflowDefinition
            {
                Id = Guid.CreateVersion7(), Key = doc.Key, Title = title, TriggerEvent = doc.Trigger.Event, TriggerCron = cron,
                Enabled = doc.Enabled, Version = 1, Graph = graph, CreatedAt = now, UpdatedAt = now, UpdatedBy = author,
                NextFireAt = doc.Enabled ? WorkflowCron.NextAfter(cron, now) : null,
            };
            db.Add(row);
            db.Add(VersionOf(row, now, author));
            return (row, WorkflowsAuditEvents.Created);
        }

        var sameBody = row.Title == title && row.TriggerEvent == doc.Trigger.Event && row.TriggerCron == cron && SameGraph(row.Graph, graph);
        if (sameBody && row.Enabled == doc.Enabled) return (row, null);
        AuditEvent change;
        if (!sameBody)
        {
            row.Version++;
            (row.Title, row.TriggerEvent, row.TriggerCron, row.Graph) = (title, doc.Trigger.Event, cron, graph);
            db.Add(VersionOf(row, now, author));
            change = WorkflowsAuditEvents.Changed;
        }
        else change = doc.Enabled ? WorkflowsAuditEvents.Enabled : WorkflowsAuditEvents.Disabled;
        row.Enabled = doc.Enabled;
        row.NextFireAt = row.Enabled ? WorkflowCron.NextAfter(cron, now) : null;
        row.UpdatedAt = now;
        row.UpdatedBy = author;
        return (row, change);
    }

    /// <summary>Turns a workflow on or off (no new version); false when it does not exist.</summary>
    public async Task<WorkflowDefinition?> SetEnabledAsync(Guid id, bool enabled, string? author, CancellationToken ct)
    {
        var row = await db.Set<WorkflowDefinition>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (row is null) return null;
        if (row.Enabled == enabled) return row;
        var now = clock.GetUtcNow();
        row.Enabled = enabled;
        row.NextFireAt = enabled ? WorkflowCron.NextAfter(row.TriggerCron, now) : null;
        row.UpdatedAt = now;
        row.UpdatedBy = author;
        audit.Add(enabled ? WorkflowsAuditEvents.Enabled : WorkflowsAuditEvents.Disabled, $"{row.Title} ({row.Key})");
        await db.SaveChangesAsync(ct);
        return row;
    }

    public static WorkflowDocument ToDocument(WorkflowDefinition d) => new()
    {
        Key = d.Key,
        Title = d.Title,
        Enabled = d.Enabled,
        Trigger = new() { Event = d.TriggerEvent, Cron = d.TriggerCron },
        Activities = d.Graph.Activities.Select(a => new WorkflowDocumentActivity { Id = a.Id, Task = a.Task, Settings = new(a.Settings), X = a.X, Y = a.Y, Disabled = a.Disabled }).ToList(),
        Transitions = d.Graph.Transitions.Select(t => new WorkflowDocumentTransition(t.From, t.Outcome, t.To)).ToList(),
    };

    public static WorkflowGraph ToGraph(WorkflowDocument doc) => new()
    {
        Activities = doc.Activities.Select(a => new WorkflowActivity
        {
            Id = a.Id,
            Task = a.Task,
            // Empty settings are the same as absent ones: keep the stored graph (and its comparison) free of them.
            Settings = a.Settings.Where(s => !string.IsNullOrWhiteSpace(s.Value)).OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Value.Trim()),
            X = a.X,
            Y = a.Y,
            Disabled = a.Disabled,
        }).ToList(),
        Transitions = doc.Transitions.Select(t => new WorkflowTransition(t.From, t.Outcome, t.To)).ToList(),
    };

    // Compared by content, not as JSON text: jsonb gives object keys back in its own order (shorter keys first).
    private static bool SameGraph(WorkflowGraph a, WorkflowGraph b) =>
        a.Activities.Count == b.Activities.Count
        && a.Activities.Zip(b.Activities).All(p => p.First.Id == p.Second.Id && p.First.Task == p.Second.Task && p.First.X == p.Second.X
            && p.First.Y == p.Second.Y && p.First.Disabled == p.Second.Disabled && p.First.Settings.Count == p.Second.Settings.Count
            && p.First.Settings.All(s => p.Second.Settings.TryGetValue(s.Key, out var v) && v == s.Value))
        && a.Transitions.SequenceEqual(b.Transitions);

    private static WorkflowVersion VersionOf(WorkflowDefinition d, DateTimeOffset now, string? author) => new()
    {
        DefinitionId = d.Id, Version = d.Version, TenantId = d.TenantId, Title = d.Title, TriggerEvent = d.TriggerEvent,
        TriggerCron = d.TriggerCron, Graph = d.Graph, CreatedAt = now, CreatedBy = author,
    };
}
