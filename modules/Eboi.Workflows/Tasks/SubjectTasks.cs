using Eboi.Core.Workflows;

namespace Eboi.Workflows.Tasks;

/// <summary>Finding the module that owns the instance's subject, for the generic status and assignment tasks.</summary>
internal static class SubjectTasks
{
    /// <summary>The subject and its type, or the journal note saying why there is none.</summary>
    public static (WorkflowSubject? Subject, IWorkflowSubjectType? Type, string? Note) Resolve(WorkflowTaskContext context, IEnumerable<IWorkflowSubjectType> subjects)
    {
        if (context.Input.Subject is not { } subject) return (null, null, "To zdarzenie nie dotyczy żadnego rekordu: pominięto.");
        return subjects.FirstOrDefault(s => s.Type == subject.Type) is { } type
            ? (subject, type, null)
            : (null, null, $"Rekordy typu „{subject.Type}” nie są dostępne (moduł wyłączony?): pominięto.");
    }
}
