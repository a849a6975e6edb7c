using Eboi.Workflows.Definitions;

namespace Eboi.Workflows.Admin;

/// <summary>What the workflow editor posts, as typed; turned into a <see cref="WorkflowDocument"/> and checked by <see cref="WorkflowValidator"/>.</summary>
internal sealed class WorkflowForm
{
    public string? Key { get; set; }
    public string? Title { get; set; }
    public string? TriggerEvent { get; set; }
    public string? TriggerCron { get; set; }
    public bool Enabled { get; set; } = true;
    public List<WorkflowActivityForm> Activities { get; set; } = [];
    public List<WorkflowTransitionForm> Transitions { get; set; } = [];

    /// <summary>The "add a step" row: task and id of the step to append.</summary>
    public string? NewTask { get; set; }
    public string? NewId { get; set; }

    /// <summary>Separates activity and outcome in a transition's "from" choice.</summary>
    public const char SourceSeparator = '|';

    internal static WorkflowForm From(WorkflowDocument doc) => new()
    {
        Key = doc.Key,
        Title = doc.Title,
        TriggerEvent = doc.Trigger.Event,
        TriggerCron = doc.Trigger.Cron,
        Enabled = doc.Enabled,
        Activities = doc.Activities.Select(a => new WorkflowActivityForm { Id = a.Id, Task = a.Task, Settings = a.Settings.ToDictionary(s => s.Key, s => (string?)s.Value), X = a.X, Y = a.Y, Disabled = a.Disabled }).ToList(),
        Transitions = doc.Transitions.Select(t => new WorkflowTransitionForm { Source = t.From + SourceSeparator + t.Outcome, To = t.To }).ToList(),
    };

    /// <summary>The document, and for each of its transitions the index of the form row it came from (empty rows are left out).</summary>
    internal (WorkflowDocument Document, List<int> TransitionRows) ToDocument(string? fixedKey)
    {
        var rows = new List<int>();
        var transitions = new List<WorkflowDocumentTransition>();
        for (var i = 0; i < Transitions.Count; i++)
        {
            var t = Transitions[i];
            if (string.IsNullOrWhiteSpace(t.Source) && string.IsNullOrWhiteSpace(t.To)) continue;
            var parts = (t.Source ?? "").Split(SourceSeparator, 2);
            transitions.Add(new(parts[0], parts.Length > 1 ? parts[1] : "", t.To ?? ""));
            rows.Add(i);
        }
        var doc = new WorkflowDocument
        {
            Key = fixedKey ?? Key?.Trim() ?? "",
            Title = Title?.Trim() ?? "",
            Enabled = Enabled,
            Trigger = new() { Event = TriggerEvent ?? "", Cron = string.IsNullOrWhiteSpace(TriggerCron) ? null : TriggerCron.Trim() },
            Activities = Activities.Select((a, i) => new WorkflowDocumentActivity
            {
                Id = a.Id?.Trim() ?? "", Task = a.Task ?? "", Settings = a.Settings.Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary(s => s.Key, s => s.Value!),
                X = a.X, Y = a.Y == 0 ? i : a.Y, Disabled = a.Disabled,
            }).ToList(),
            Transitions = transitions,
        };
        return (doc, rows);
    }
}

internal sealed class WorkflowActivityForm
{
    public string? Id { get; set; }
    public string? Task { get; set; }
    public Dictionary<string, string?> Settings { get; set; } = [];
    public int X { get; set; }
    public int Y { get; set; }

    /// <summary>"Krok wyłączony": a checkbox, so absent (unchecked) means the step runs.</summary>
    public bool Disabled { get; set; }
}

internal sealed class WorkflowTransitionForm
{
    /// <summary>"activity|outcome".</summary>
    public string? Source { get; set; }
    public string? To { get; set; }
}
