namespace Eboi.Payments.Recipes;

/// <summary>The recipe's "payments" (shape: payments.schema.json): non-secret gateway settings and the fee table.</summary>
internal sealed record RecipePayments(
    List<FeeRule> Fees,
    int? MerchantId = null,
    int? PosId = null,
    string? GatewayUrl = null,
    int? TimeoutMinutes = null,
    int? ExpireAfterMinutes = null);
