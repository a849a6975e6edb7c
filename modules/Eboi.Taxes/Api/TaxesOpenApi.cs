namespace Eboi.Taxes.Api;

/// <summary>The hand-written OpenAPI 3.0 document of the import API (Api/openapi.json, embedded); a test checks it against the request and response types.</summary>
internal static class TaxesOpenApi
{
    public static readonly string Document = Load();

    private static string Load()
    {
        using var stream = typeof(TaxesOpenApi).Assembly.GetManifestResourceStream("Eboi.Taxes.Api.openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
