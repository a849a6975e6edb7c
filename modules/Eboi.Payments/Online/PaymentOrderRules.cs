namespace Eboi.Payments.Online;

/// <summary>What a <see cref="PaymentOrder"/> must satisfy; a broken one is the calling module's bug, hence exceptions, not messages.</summary>
internal static class PaymentOrderRules
{
    public const int KeyMax = 255;

    public static void Check(PaymentOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (string.IsNullOrWhiteSpace(order.Source)) throw new ArgumentException("A payment needs its source module.", nameof(order));
        if (order.Lines.Count == 0) throw new ArgumentException("A payment needs at least one line.", nameof(order));
        if (order.Lines.Any(l => l.Amount <= 0 || decimal.Round(l.Amount, 2) != l.Amount))
            throw new ArgumentException("Line amounts are positive with two decimals.", nameof(order));
        if (string.IsNullOrWhiteSpace(order.IdempotencyKey) || order.IdempotencyKey.Length > KeyMax)
            throw new ArgumentException($"An idempotency key has 1 to {KeyMax} characters.", nameof(order));
        // Browsers read "/\\host" as "//host": a backslash or a control character could turn the path into another site.
        if (!order.ReturnPath.StartsWith('/') || order.ReturnPath.StartsWith("//", StringComparison.Ordinal) || order.ReturnPath.Any(c => c == '\\' || char.IsControl(c)))
            throw new ArgumentException("The return path is tenant-relative (\"/platnosci\").", nameof(order));
    }
}
