using System.Text.Json.Serialization;

namespace Eboi.Workflows.Definitions;

/// <summary>
/// A workflow as JSON: one entry of the recipe's "workflows", and the panel's export/import file (same shape,
/// Recipes/workflows.schema.json). The first activity runs when the trigger fires.
/// </summary>
internal sealed record WorkflowDocument
{
    public string Key { get; init; } = "";
    public string Title { get; init; } = "";
    public bool Enabled { get; init; } = true;
    public WorkflowDocumentTrigger Trigger { get; init; } = new();
    public List<WorkflowDocumentActivity> Activities { get; init; } = [];
    public List<WorkflowDocumentTransition> Transitions { get; init; } = [];
}

/// <summary>A workflow event name, or "czasomierz" with a cron expression.</summary>
internal sealed record WorkflowDocumentTrigger
{
    public string Event { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cron { get; init; }
}

internal sealed record WorkflowDocumentActivity
{
    public string Id { get; init; } = "";
    public string Task { get; init; } = "";
    public Dictionary<string, string> Settings { get; init; } = [];
    public int X { get; init; }
    public int Y { get; init; }

    /// <summary>Switched off in the panel: the engine skips it as if it ended "gotowe" (written only when true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Disabled { get; init; }
}

internal sealed record WorkflowDocumentTransition(string From, string Outcome, string To);
