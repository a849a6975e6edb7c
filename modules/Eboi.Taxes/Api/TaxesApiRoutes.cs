namespace Eboi.Taxes;

/// <summary>Machine API routes of the taxes module (under the tenant's base path); pages' routes are in <see cref="TaxesPaths"/>.</summary>
public static class TaxesApiRoutes
{
    public const string Import = "/api/podatki/import";
    public const string OpenApi = "/api/podatki/openapi.json";
}
