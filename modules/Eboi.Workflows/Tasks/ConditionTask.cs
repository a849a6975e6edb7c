using Eboi.Core.Workflows;

namespace Eboi.Workflows.Tasks;

/// <summary>"warunek": if/else on a Liquid condition over the event's values (outcomes tak / nie).</summary>
internal sealed class ConditionTask : IWorkflowTask
{
    public const string Condition = "warunek";
    public const string Yes = "tak";
    public const string No = "nie";

    public string Name => WorkflowTaskNames.Condition;
    public string Label => "Warunek (jeśli… to…)";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
        [new(Condition, "Warunek", WorkflowParameterKind.Condition, true, "Np. status == \"nowe\" albo kategoria contains \"drogi\".")];

    public IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings) => [new(Yes, "Tak"), new(No, "Nie")];

    public IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context) => [];

    public Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct) =>
        Task.FromResult(WorkflowTaskResult.Done(context.Evaluate(context.Setting(Condition)) ? Yes : No));
}
