namespace Eboi.Core.Events;

/// <summary>
/// The stable name an event type is stored under (e.g. "payments.payment-succeeded"), so renaming or moving the
/// record does not orphan rows already in the outbox. Without it the type's full name is used.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DomainEventAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>The stored name of <paramref name="eventType"/>.</summary>
    public static string NameOf(Type eventType) =>
        (GetCustomAttribute(eventType, typeof(DomainEventAttribute)) as DomainEventAttribute)?.Name ?? eventType.FullName!;
}
