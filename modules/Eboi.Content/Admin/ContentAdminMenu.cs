using Eboi.Core.Security;

namespace Eboi.Content.Admin;

/// <summary>The Content module's entries in the staff panel.</summary>
public sealed class ContentAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Strony i regulamin", "/admin/strony", Permissions.ContentEdit, 20)];
}
