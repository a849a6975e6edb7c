namespace Eboi.Payments;

/// <summary>One thing being paid: a reference the owning module understands (e.g. "rata:{guid}"), its title and amount in złoty.</summary>
public sealed record PaymentLine(string ItemRef, string Title, decimal Amount);

/// <summary>
/// What a module (Taxes today) asks Payments to collect online. Payments knows nothing of what the lines mean: the owner
/// reacts to <see cref="PaymentSucceeded"/> and settles its own records.
/// </summary>
/// <param name="Source">The owning module's name (e.g. "Taxes"); <see cref="PaymentSucceeded"/> carries it back.</param>
/// <param name="PayerUserId">The signed-in citizen paying.</param>
/// <param name="PayerEmail">Where the gateway and the confirmation e-mail go.</param>
/// <param name="Description">The transfer title shown at the gateway and in the history.</param>
/// <param name="Lines">At least one; amounts positive, two decimals.</param>
/// <param name="IdempotencyKey">The same key for the same payer returns the same payment (double click, retried POST).</param>
/// <param name="ReturnPath">The tenant-relative path the citizen comes back to after the gateway.</param>
public sealed record PaymentOrder(
    string Source,
    Guid PayerUserId,
    string PayerEmail,
    string Description,
    IReadOnlyList<PaymentLine> Lines,
    string IdempotencyKey,
    string ReturnPath);

/// <summary>A created payment and where to send the citizen to pay it.</summary>
public sealed record PaymentStart(Guid PaymentId, string Reference, Uri RedirectUrl);

/// <summary>A payment still in flight for an item: who pays it (a co-obligor, perhaps) and the payment, whose return page its payer may open.</summary>
public sealed record PaymentInFlight(string ItemRef, Guid PaymentId, Guid PayerUserId);
