using Eboi.Core.Workflows;

namespace Eboi.Workflows.Tasks;

/// <summary>"przypisz": assigns the instance's subject (e.g. a fault report) to a role or one staff user, through its module.</summary>
internal sealed class AssignTask(IEnumerable<IWorkflowSubjectType> subjects) : IWorkflowTask
{
    public const string Kind = "kind";
    public const string Value = "value";
    public const string ToRole = "role";
    public const string ToUser = "user";

    public string Name => WorkflowTaskNames.Assign;
    public string Label => "Przypisz do roli lub pracownika";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new(Kind, "Komu", WorkflowParameterKind.Choice, true, null, [new(ToRole, "Roli"), new(ToUser, "Pracownikowi (identyfikator konta)")]),
        new(Value, "Rola albo identyfikator pracownika", WorkflowParameterKind.Text, true),
    ];

    public IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings) => TaskOutcomes.Done;

    public IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context)
    {
        var value = settings.GetValueOrDefault(Value) ?? "";
        return settings.GetValueOrDefault(Kind) switch
        {
            ToRole when !context.Roles.Contains(value) => [new(Value, $"Nie ma roli „{value}”. Role: {string.Join(", ", context.Roles)}.")],
            ToUser when !Guid.TryParse(value, out _) => [new(Value, "Podaj identyfikator konta pracownika (z listy użytkowników).")],
            _ => [],
        };
    }

    public async Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct)
    {
        var (subject, type, note) = SubjectTasks.Resolve(context, subjects);
        if (subject is null || type is null) return WorkflowTaskResult.Done(WorkflowTaskNames.Done, note);
        var assignee = new WorkflowAssignee(context.Setting(Kind) == ToUser ? WorkflowAssigneeKind.User : WorkflowAssigneeKind.Role, context.Setting(Value));
        var found = await type.AssignAsync(subject.Id, assignee, ct);
        return WorkflowTaskResult.Done(WorkflowTaskNames.Done, found ? $"Przypisano: {assignee.Value}." : "Rekordu już nie ma: pominięto.");
    }
}
