using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Core.Events;

/// <summary>One subscription (event name + handler name) and how to run it; made by AddEventHandler, read by the publisher and the loop.</summary>
public sealed class EventHandlerRegistration
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Func<IServiceProvider, string, DomainEventContext, CancellationToken, Task> _invoke;

    private EventHandlerRegistration(Type eventType, string handlerName, Func<IServiceProvider, string, DomainEventContext, CancellationToken, Task> invoke)
    {
        EventType = eventType;
        EventName = DomainEventAttribute.NameOf(eventType);
        HandlerName = handlerName;
        _invoke = invoke;
    }

    public Type EventType { get; }
    public string EventName { get; }

    /// <summary>Stored on each delivery row; keep it stable (defaults to the handler type's full name).</summary>
    public string HandlerName { get; }

    internal static EventHandlerRegistration For<TEvent, THandler>(string handlerName)
        where TEvent : class where THandler : class, IDomainEventHandler<TEvent> =>
        new(typeof(TEvent), handlerName, (services, payload, context, ct) =>
        {
            var domainEvent = JsonSerializer.Deserialize<TEvent>(payload, Json)
                ?? throw new InvalidOperationException($"Event {context.EventId} has an empty payload.");
            return services.GetRequiredService<THandler>().HandleAsync(domainEvent, context, ct);
        });

    /// <summary>Deserializes the payload and runs the handler resolved from <paramref name="services"/> (a tenant scope).</summary>
    internal Task InvokeAsync(IServiceProvider services, string payload, DomainEventContext context, CancellationToken ct) =>
        _invoke(services, payload, context, ct);
}
