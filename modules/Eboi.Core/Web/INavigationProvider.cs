using Eboi.Core.Tenancy;

namespace Eboi.Core.Web;

/// <summary>Implemented by modules that add menu entries; asked only for tenants that enabled the module.</summary>
public interface INavigationProvider
{
    string Module { get; }

    IEnumerable<NavigationItem> GetItems(TenantInfo tenant);
}
