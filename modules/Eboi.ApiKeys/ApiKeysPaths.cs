namespace Eboi.ApiKeys;

/// <summary>Pages of the API keys module (under the tenant's base path).</summary>
public static class ApiKeysPaths
{
    public const string Admin = "/admin/klucze-api";
    public const string AdminNew = "/admin/klucze-api/nowy";

    /// <summary>The list with the confirmation of revoking one key.</summary>
    public static string AdminRevoke(Guid id) => $"{Admin}?uniewaznij={id:N}";
}

/// <summary>Machine endpoints of the API keys module (under the tenant's base path).</summary>
public static class ApiKeysEndpoints
{
    /// <summary>GET or POST: which key is this (prefix, name, scope, gmina), for an operator checking a key.</summary>
    public const string WhoAmI = "/api/klucz";
}
