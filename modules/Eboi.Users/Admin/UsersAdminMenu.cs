using Eboi.Core.Security;

namespace Eboi.Users.Admin;

/// <summary>The Users module's entries in the staff panel.</summary>
public sealed class UsersAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Pulpit", "/admin", null, 0),
        new("Użytkownicy", "/admin/uzytkownicy", Permissions.UsersManage, 10),
        new("Dziennik zdarzeń", "/admin/dziennik", Permissions.AuditView, 90),
    ];
}
