namespace Eboi.Payments.Completion;

/// <summary>What the gateway says was paid for a session (from a notification or a by-session query), amounts in grosze.</summary>
/// <param name="Verified">The gateway reports it verified already (no verify call needed).</param>
internal sealed record GatewayPaid(long OrderId, long Amount, string Currency, bool Verified);

/// <summary>A verdict for the journal and why.</summary>
internal sealed record CompletionResult(string Verdict, string? Detail, Guid? PaymentId);
