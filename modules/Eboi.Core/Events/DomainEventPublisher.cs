using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Jobs;

namespace Eboi.Core.Events;

/// <summary>Stages domain_events + job_deliveries rows in the caller's unit of work and wakes the loop after it commits.</summary>
public sealed class DomainEventPublisher(EboiDbContext db, IEnumerable<EventHandlerRegistration> registrations, TimeProvider clock, JobSignal signal)
    : IDomainEventPublisher
{
    public void Publish<TEvent>(TEvent domainEvent) where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var tenantId = db.TenantId ?? throw new InvalidOperationException("Events are published for a tenant: set the tenant first.");
        var now = clock.GetUtcNow();
        var record = new DomainEventRecord
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Type = DomainEventAttribute.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(domainEvent, EventHandlerRegistration.Json),
            CreatedAt = now,
        };
        db.Add(record);
        foreach (var handler in registrations.Where(r => r.EventType == typeof(TEvent)))
            db.Add(new JobDelivery
            {
                Id = Guid.CreateVersion7(),
                TenantId = tenantId,
                Kind = JobKind.Event,
                Handler = handler.HandlerName,
                EventId = record.Id,
                Status = JobStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        signal.WakeAfterCommit(db);
    }
}
