namespace Eboi.Payments.FakeGateway;

/// <summary>Host-level routes of the fake gateway: Przelewy24's paths under /bramka-testowa, plus its test controls.</summary>
internal static class FakeGatewayRoutes
{
    public const string Base = "/bramka-testowa";
    public const string Register = Base + "/api/v1/transaction/register";
    public const string Verify = Base + "/api/v1/transaction/verify";
    public const string BySession = Base + "/api/v1/transaction/by/sessionId/{sessionId}";
    public const string Pay = Base + "/trnRequest/{token}";
    public const string Notify = Base + "/sterowanie/{token}/powiadom";

    public static string PayPage(string token) => $"{Base}/trnRequest/{Uri.EscapeDataString(token)}";
    public static string NotifyNow(string token, string variant) => $"{Base}/sterowanie/{Uri.EscapeDataString(token)}/powiadom?wariant={variant}";
}
