namespace Eboi.Core.Web;

/// <summary>
/// A block a module adds to the tenant's home page (<see cref="Modules.IEboiModule.HomePageSections"/>): the view
/// component <paramref name="ViewComponent"/>, rendered between the services and the contact box, in
/// <paramref name="Order"/>, for tenants that have the module on. The home page stays output-cached, so a module whose
/// block changes evicts the tenant's tag (<see cref="TenantCacheTags.ForTenant"/>).
/// </summary>
public sealed record HomePageSection(string ViewComponent, int Order);
