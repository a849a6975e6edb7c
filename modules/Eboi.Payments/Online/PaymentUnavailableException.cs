namespace Eboi.Payments;

/// <summary>
/// The gateway could not be reached or is not configured: a payment being started stays "utworzona" (the same
/// idempotency key retries it), one being cancelled stays as it was; <see cref="Exception.Message"/> is Polish, for the citizen.
/// </summary>
public sealed class PaymentUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
