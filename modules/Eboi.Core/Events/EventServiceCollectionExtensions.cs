using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eboi.Core.Events;

/// <summary>How a module subscribes to domain events, from its ConfigureServices.</summary>
public static class EventServiceCollectionExtensions
{
    /// <summary>
    /// Subscribes <typeparamref name="THandler"/> (scoped) to <typeparamref name="TEvent"/>. Every event published
    /// afterwards gets one delivery row for this handler, retried independently of the event's other handlers.
    /// <paramref name="handlerName"/> is stored on those rows: keep it stable (default: the handler type's full name).
    /// </summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services, string? handlerName = null)
        where TEvent : class where THandler : class, IDomainEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(EventHandlerRegistration.For<TEvent, THandler>(handlerName ?? typeof(THandler).FullName!));
        return services;
    }
}
