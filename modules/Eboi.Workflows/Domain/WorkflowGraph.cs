namespace Eboi.Workflows.Domain;

/// <summary>
/// A workflow's activities and the transitions between their outcomes (stored as jsonb). The first activity runs when
/// the workflow starts; an outcome with no transition ends the instance.
/// </summary>
internal sealed class WorkflowGraph
{
    public List<WorkflowActivity> Activities { get; set; } = [];
    public List<WorkflowTransition> Transitions { get; set; } = [];

    public WorkflowActivity? Find(string id) => Activities.FirstOrDefault(a => a.Id == id);

    /// <summary>Where <paramref name="outcome"/> of <paramref name="from"/> leads, or null (the instance ends).</summary>
    public string? Next(string from, string outcome) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Outcome == outcome)?.To;
}

/// <summary>One step: a task by name with its raw settings, where the drawing puts it, and whether staff switched it off.</summary>
internal sealed class WorkflowActivity
{
    public string Id { get; set; } = "";
    public string Task { get; set; } = "";
    public Dictionary<string, string> Settings { get; set; } = [];
    public int X { get; set; }
    public int Y { get; set; }

    /// <summary>Skipped by the engine, which follows its "gotowe" transition (stored only when true, so older graphs compare equal).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Disabled { get; set; }
}

/// <summary>"When <see cref="From"/> ends with <see cref="Outcome"/>, run <see cref="To"/>."</summary>
internal sealed record WorkflowTransition(string From, string Outcome, string To);
