using Eboi.Core.Security;

namespace Eboi.Catalog.Admin;

/// <summary>The Catalog module's entry in the staff panel.</summary>
public sealed class CatalogAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Katalog spraw", "/admin/katalog", Permissions.ContentEdit, 15)];
}
