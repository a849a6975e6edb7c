namespace Eboi.Cases.Api;

/// <summary>The hand-written OpenAPI 3.0 document of the EZD API (Api/openapi.json, embedded).</summary>
internal static class CasesOpenApi
{
    public static readonly string Document = Load();

    private static string Load()
    {
        using var stream = typeof(CasesOpenApi).Assembly.GetManifestResourceStream("Eboi.Cases.Api.openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
