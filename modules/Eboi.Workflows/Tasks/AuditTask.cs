using Eboi.Core.Audit;
using Eboi.Core.Workflows;

namespace Eboi.Workflows.Tasks;

/// <summary>"audyt": writes a line to the tenant's audit log (who: the workflow).</summary>
internal sealed class AuditTask(AuditLog audit) : IWorkflowTask
{
    public const string Text = "tresc";

    public string Name => WorkflowTaskNames.Audit;
    public string Label => "Zapis w dzienniku zdarzeń";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
        [new(Text, "Treść wpisu", WorkflowParameterKind.Template, true, "Np. Zgłoszenie {{ numer }} czeka na moderację od 3 dni.")];

    public IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings) => TaskOutcomes.Done;

    public IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context) => [];

    public Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct)
    {
        audit.Add(WorkflowsAuditEvents.Note, $"Proces: {context.WorkflowName}", context.Render(context.Setting(Text)));
        return Task.FromResult(WorkflowTaskResult.Done(WorkflowTaskNames.Done));
    }
}
