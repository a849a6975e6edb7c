using Eboi.Core.Security;

namespace Eboi.HostPanel;

/// <summary>The host panel's menu (hosting provider).</summary>
public sealed class HostPanelMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Urzędy", "/admin", null, 10, Host: true),
        new("Nowy urząd", "/admin/urzedy/nowy", null, 20, Host: true),
    ];
}
