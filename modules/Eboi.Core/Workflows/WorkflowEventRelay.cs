using Eboi.Core.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Core.Workflows;

// The one subscription per workflow event: hands it to the engine if one is installed, so a publishing module needs
// no reference to Workflows and works unchanged without it.
internal sealed class WorkflowEventRelay<TEvent>(IServiceProvider services, IEnumerable<WorkflowEventDefinition> definitions)
    : IDomainEventHandler<TEvent> where TEvent : class
{
    public Task HandleAsync(TEvent domainEvent, DomainEventContext context, CancellationToken ct)
    {
        var sink = services.GetService<IWorkflowEventSink>();
        if (sink is null) return Task.CompletedTask;
        var definition = definitions.Single(d => d.EventType == typeof(TEvent));
        return sink.OnEventAsync(definition, definition.Project(domainEvent), context, ct);
    }
}
