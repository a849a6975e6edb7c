using Eboi.Core.Events;

namespace Eboi.Core.Workflows;

/// <summary>
/// Receives every declared workflow event after its publishing transaction commits (implemented by the Workflows
/// module: starts instances whose trigger matches and resumes instances waiting for it). Runs as a domain event handler,
/// in the job loop with the tenant set; at least once, so it must be idempotent per <see cref="DomainEventContext.EventId"/>.
/// </summary>
public interface IWorkflowEventSink
{
    Task OnEventAsync(WorkflowEventDefinition definition, WorkflowEventData data, DomainEventContext context, CancellationToken ct);
}
