namespace Eboi.Email;

/// <summary>Routes of the e-mail template pages of the staff panel (tenant-relative), as their @page directives declare them.</summary>
public static class EmailAdminPaths
{
    public const string Templates = "/admin/szablony";
    public const string TemplateEdit = "/admin/szablony/{key}";

    /// <summary>The edit page of one template.</summary>
    public static string TemplateOf(string key) => TemplateEdit.Replace("{key}", key, StringComparison.Ordinal);
}
