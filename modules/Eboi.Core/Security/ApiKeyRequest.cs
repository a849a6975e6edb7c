using Microsoft.AspNetCore.Http;

namespace Eboi.Core.Security;

/// <summary>
/// Where a client puts its API key: the X-Api-Key header, else the api_key query parameter, else (Open311 POST) the
/// api_key field of a form body.
/// </summary>
public static class ApiKeyRequest
{
    public const string HeaderName = "X-Api-Key";
    public const string ParameterName = "api_key";

    /// <summary>The key of the header or query string, without reading the body (null when neither has one).</summary>
    public static string? Peek(HttpRequest request) =>
        request.Headers[HeaderName].FirstOrDefault() is { Length: > 0 } header ? header
        : request.Query[ParameterName].FirstOrDefault() is { Length: > 0 } query ? query
        : null;

    /// <summary>The presented key, reading a form body when neither the header nor the query string has one.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (Peek(request) is { } key) return key;
        if (!request.HasFormContentType) return null;
        var form = await request.ReadFormAsync(ct);
        return form[ParameterName].FirstOrDefault() is { Length: > 0 } field ? field : null;
    }
}
