namespace Eboi.Catalog;

/// <summary>Routes of the catalog's pages (tenant-relative), as their @page directives declare them (a unit test checks).</summary>
public static class CatalogPaths
{
    public const string List = "/katalog-spraw";
    public const string Detail = "/katalog-spraw/{slug}";
    public const string AdminList = "/admin/katalog";
    public const string AdminNew = "/admin/katalog/nowa";
    public const string AdminEdit = "/admin/katalog/{id:guid}";
    public const string AdminPreview = "/admin/katalog/{id:guid}/podglad";

    /// <summary>A service card's public page.</summary>
    public static string DetailOf(string slug) => Detail.Replace("{slug}", slug, StringComparison.Ordinal);

    /// <summary>A card's edit page in the staff panel.</summary>
    public static string AdminEditOf(Guid id) => AdminEdit.Replace("{id:guid}", id.ToString("N"), StringComparison.Ordinal);

    /// <summary>A card's preview in the staff panel.</summary>
    public static string AdminPreviewOf(Guid id) => AdminPreview.Replace("{id:guid}", id.ToString("N"), StringComparison.Ordinal);
}
