using Eboi.Core.Data;
using Eboi.Core.Workflows;
using Eboi.Workflows.Domain;

namespace Eboi.Workflows.Tasks;

/// <summary>"panel.powiadom": a notification in the staff panel for everyone with a role.</summary>
internal sealed class NotifyStaffTask(EboiDbContext db) : IWorkflowTask
{
    public const string Role = "rola";
    public const string Text = "tresc";
    public const int TextMax = 1000;

    public string Name => WorkflowTaskNames.NotifyStaff;
    public string Label => "Powiadom pracowników w panelu";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new(Role, "Rola", WorkflowParameterKind.Role, true),
        new(Text, "Treść powiadomienia", WorkflowParameterKind.Template, true, "Np. Nowe zgłoszenie {{ numer }}: {{ tytul }}."),
    ];

    public IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings) => TaskOutcomes.Done;

    public IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context) => [];

    public Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct)
    {
        var text = context.Render(context.Setting(Text)).Trim();
        if (text.Length > TextMax) text = text[..TextMax];
        db.Add(new StaffNotification
        {
            Id = Guid.CreateVersion7(), Role = context.Setting(Role), Text = text, InstanceId = context.InstanceId, CreatedAt = context.Now,
        });
        return Task.FromResult(WorkflowTaskResult.Done(WorkflowTaskNames.Done, $"Powiadomiono rolę {context.Setting(Role)}."));
    }
}
