namespace Eboi.Email.Domain;

/// <summary>Delivery state of an outbox row (stored as text).</summary>
internal enum EmailStatus
{
    Pending,
    Sent,
    Failed,
}
