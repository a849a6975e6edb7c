using Eboi.Core.Security;

namespace Eboi.Email.Admin;

/// <summary>The e-mail module's entry in the staff panel.</summary>
public sealed class EmailAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Szablony e-mail", "/admin/szablony", Permissions.EmailTemplates, 60)];
}
