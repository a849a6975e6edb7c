using Eboi.Core.Workflows;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Tests.Workflows;

/// <summary>A fault-report-like event and the built-in tasks, as the validator sees them (no database needed to validate).</summary>
internal static class WorkflowTestCatalog
{
    public sealed record Reported(Guid Id);
    public sealed record StatusChanged(Guid Id);

    public static readonly IReadOnlySet<string> Roles = new HashSet<string> { "Administrator", "Moderator" };

    public static readonly IReadOnlySet<string> Templates = new HashSet<string>
    {
        "usterki.potwierdzenie-zgloszenia", "usterki.nowe-zgloszenie-dzial", "usterki.przypomnienie-moderacja", "usterki.zmiana-statusu",
    };

    public static WorkflowCatalog Create()
    {
        var services = new ServiceCollection();
        WorkflowField[] fields = [new("numer", ""), new("tytul", ""), new("status", ""), new("status_nazwa", ""), new("dzial_email", ""), new("link", "")];
        services.AddWorkflowEvent<Reported>("usterki.zgloszono", "Zgłoszono usterkę", fields,
            e => new WorkflowEventData(new WorkflowSubject("usterka", e.Id.ToString()), new Dictionary<string, string>(), null));
        services.AddWorkflowEvent<StatusChanged>("usterki.zmiana-statusu", "Zmiana statusu", fields,
            e => new WorkflowEventData(new WorkflowSubject("usterka", e.Id.ToString()), new Dictionary<string, string>(), null));
        var events = services.BuildServiceProvider().GetServices<WorkflowEventDefinition>().ToList();
        IWorkflowTask[] tasks =
        [
            new SendEmailTask(null!, null!), new NotifyPersonTask(null!, null!, null!), new NotifyStaffTask(null!), new AssignTask([]), new ConditionTask(), new WaitTask(events), new AuditTask(null!),
        ];
        return new WorkflowCatalog(tasks, events, []);
    }
}
