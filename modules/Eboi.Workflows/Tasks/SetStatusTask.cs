using Eboi.Core.Workflows;

namespace Eboi.Workflows.Tasks;

/// <summary>"status.ustaw": sets the subject's status (with an optional public note) through the module that owns it.</summary>
internal sealed class SetStatusTask(IEnumerable<IWorkflowSubjectType> subjects) : IWorkflowTask
{
    public const string Status = "status";
    public const string Note = "notatka";

    public string Name => WorkflowTaskNames.SetStatus;
    public string Label => "Ustaw status";

    public IReadOnlyList<WorkflowParameter> Parameters =>
    [
        new(Status, "Status", WorkflowParameterKind.Choice, true, null,
            subjects.SelectMany(s => s.Statuses.Select(c => new WorkflowChoice(c.Value, $"{c.Label} ({s.Label})"))).DistinctBy(c => c.Value).ToList()),
        new(Note, "Notatka widoczna publicznie", WorkflowParameterKind.Template, false),
    ];

    public IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings) => TaskOutcomes.Done;

    public IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context) => [];

    public async Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct)
    {
        var (subject, type, note) = SubjectTasks.Resolve(context, subjects);
        if (subject is null || type is null) return WorkflowTaskResult.Done(WorkflowTaskNames.Done, note);
        var status = context.Setting(Status);
        if (type.Statuses.All(s => s.Value != status))
            return WorkflowTaskResult.Done(WorkflowTaskNames.Done, $"„{type.Label}” nie ma statusu „{status}”: pominięto.");
        var publicNote = context.Setting(Note) is { Length: > 0 } template ? context.Render(template).Trim() : null;
        var found = await type.SetStatusAsync(subject.Id, status, string.IsNullOrEmpty(publicNote) ? null : publicNote, ct);
        return WorkflowTaskResult.Done(WorkflowTaskNames.Done, found ? $"Ustawiono status „{status}”." : "Rekordu już nie ma: pominięto.");
    }
}
