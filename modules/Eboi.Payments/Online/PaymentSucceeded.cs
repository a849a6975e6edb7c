using Eboi.Core.Events;

namespace Eboi.Payments;

/// <summary>
/// A payment became "opłacona" (the gateway's notification verified). Published exactly once per payment, in the
/// transaction that changes its state; the owning module (by <see cref="Source"/>) settles its lines in an idempotent
/// handler, and the "platnosci.oplacono" workflow event (the citizen's confirmation e-mail) is projected from it.
/// </summary>
[DomainEvent("payments.succeeded")]
public sealed record PaymentSucceeded(
    Guid PaymentId,
    string Reference,
    string Source,
    Guid PayerUserId,
    string PayerEmail,
    IReadOnlyList<PaymentLine> Lines,
    decimal Amount,
    decimal Commission,
    DateTimeOffset PaidAt);
