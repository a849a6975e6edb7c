namespace Eboi.Workflows;

/// <summary>Routes of the workflows module's staff panel (under the tenant's base path).</summary>
public static class WorkflowsPaths
{
    public const string Admin = "/admin/procesy";
    public const string AdminNew = "/admin/procesy/nowy";
    public const string AdminImport = "/admin/procesy/import";
    public const string AdminInstances = "/admin/procesy/przebiegi";
    public const string AdminNotifications = "/admin/procesy/powiadomienia";
    public const string AdminSettings = "/admin/procesy/ustawienia";

    public static string AdminEdit(Guid id) => $"/admin/procesy/{id:N}";
    public static string AdminExport(Guid id) => $"/admin/procesy/{id:N}/eksport";
    public static string AdminInstance(Guid id) => $"/admin/procesy/przebiegi/{id:N}";
}
