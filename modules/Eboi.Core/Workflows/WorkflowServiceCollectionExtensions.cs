using Eboi.Core.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eboi.Core.Workflows;

/// <summary>How a module offers workflow events, tasks and subjects, from its ConfigureServices.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Declares <typeparamref name="TEvent"/> (a domain event the module publishes) as a workflow event: <paramref name="name"/>
    /// is stored in definitions, <paramref name="fields"/> are what <paramref name="project"/> fills.
    /// </summary>
    public static IServiceCollection AddWorkflowEvent<TEvent>(this IServiceCollection services, string name, string label,
        IReadOnlyList<WorkflowField> fields, Func<TEvent, WorkflowEventData> project) where TEvent : class
    {
        services.AddSingleton(new WorkflowEventDefinition(typeof(TEvent), name, label, fields, e => project((TEvent)e)));
        return services.AddEventHandler<TEvent, WorkflowEventRelay<TEvent>>("workflows:" + name);
    }

    /// <summary>Adds a task to the editor's palette (scoped; resolved per step).</summary>
    public static IServiceCollection AddWorkflowTask<TTask>(this IServiceCollection services) where TTask : class, IWorkflowTask
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IWorkflowTask, TTask>());
        return services;
    }

    /// <summary>Lets SetStatus and Assign act on the module's records (scoped).</summary>
    public static IServiceCollection AddWorkflowSubjectType<TSubject>(this IServiceCollection services) where TSubject : class, IWorkflowSubjectType
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IWorkflowSubjectType, TSubject>());
        return services;
    }
}
