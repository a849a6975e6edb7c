namespace Eboi.Core.Events;

/// <summary>The one way a module publishes a domain event: an outbox row committed with the change that caused it.</summary>
public interface IDomainEventPublisher
{
    /// <summary>
    /// ADDS the event (and one delivery per subscribed handler) to the scoped EboiDbContext without saving: the
    /// caller's SaveChanges / transaction commits or rolls it back together with its own change. The context must
    /// have a tenant (a request's, or <see cref="Data.TenantUnitOfWork.ForTenantAsync{T}(Data.EboiDbContext, Guid?, Func{CancellationToken, Task{T}}, CancellationToken)"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The DbContext has no tenant.</exception>
    void Publish<TEvent>(TEvent domainEvent) where TEvent : class;
}
