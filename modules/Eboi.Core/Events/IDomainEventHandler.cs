namespace Eboi.Core.Events;

/// <summary>
/// Reacts to a published <typeparamref name="TEvent"/>. Runs in the job loop after the publishing transaction commits,
/// in its own DI scope with the event's tenant set (EboiDbContext query filter + RLS); save your own changes.
/// Delivery is at least once (a crash after the handler but before it is recorded runs it again), so make it idempotent.
/// A throw is retried with backoff (<see cref="Jobs.JobOptions"/>) for this handler only. Register with
/// <see cref="EventServiceCollectionExtensions.AddEventHandler{TEvent, THandler}"/>.
/// </summary>
public interface IDomainEventHandler<in TEvent> where TEvent : class
{
    Task HandleAsync(TEvent domainEvent, DomainEventContext context, CancellationToken ct);
}

/// <summary>Where a handled event came from: its id, tenant, publication time and which attempt this is (1 = first).</summary>
public sealed record DomainEventContext(Guid EventId, Guid TenantId, DateTimeOffset PublishedAt, int Attempt);
