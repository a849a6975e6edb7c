namespace Eboi.Payments;

/// <summary>
/// The payment could not be sent to the gateway (down, refused, not configured). The payment, if created, stays
/// "utworzona" and the same idempotency key retries it; <see cref="Exception.Message"/> is Polish, for the citizen.
/// </summary>
public sealed class PaymentUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
