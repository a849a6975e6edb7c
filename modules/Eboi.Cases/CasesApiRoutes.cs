namespace Eboi.Cases;

/// <summary>The EZD integration API (under the tenant's base path), its key scope and its OpenAPI document.</summary>
public static class CasesApiRoutes
{
    /// <summary>The API key scope (<c>./eboi apikey create GMINA cases</c>).</summary>
    public const string Scope = "cases";

    public const string Import = "/api/sprawy/import";
    public const string Inbox = "/api/sprawy/skrzynka";
    public const string AcknowledgeTemplate = "/api/sprawy/skrzynka/{id}/potwierdzenie";
    public const string AttachmentTemplate = "/api/sprawy/skrzynka/{id}/zalaczniki/{index:int}";
    public const string OpenApi = "/api/sprawy/openapi.json";

    public static string Acknowledge(Guid id) => $"{Inbox}/{id:D}/potwierdzenie";
    public static string Attachment(Guid id, int index) => $"{Inbox}/{id:D}/zalaczniki/{index}";
}
