namespace Eboi.FaultReports.Open311;

/// <summary>Routes of the Open311 GeoReport v2 endpoints (minimal APIs, not pages), under the tenant (/{gmina}/open311/v2/...); {format} is xml or json.</summary>
internal static class Open311Routes
{
    public const string Base = "/open311/v2";

    public static string Discovery(string format) => $"{Base}/discovery.{format}";
    public static string Services(string format) => $"{Base}/services.{format}";
    public static string Service(string code, string format) => $"{Base}/services/{Uri.EscapeDataString(code)}.{format}";
    public static string Requests(string format) => $"{Base}/requests.{format}";
    public static string Request(string id, string format) => $"{Base}/requests/{Uri.EscapeDataString(id)}.{format}";
    public static string Token(string token, string format) => $"{Base}/tokens/{Uri.EscapeDataString(token)}.{format}";
    public static string Updates(string format) => $"{Base}/servicerequestupdates.{format}";
}
