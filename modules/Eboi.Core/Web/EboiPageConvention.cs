using System.Reflection;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Eboi.Core.Web;

/// <summary>
/// Tags every Razor page with its module (so a tenant without the module gets 404) and its scope:
/// tenant pages by default, [HostOnly] for the hosting provider's pages, [AnyScope] for error pages.
/// </summary>
public sealed class EboiPageConvention(ModuleRegistry modules) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var module = modules.ForAssembly(model.PageType.Assembly);
        if (module is not null) model.EndpointMetadata.Add(new ModuleMetadata(module.Name, module.AlwaysEnabled));

        var type = model.ModelType ?? model.PageType;
        var scope = type.GetCustomAttribute<HostOnlyAttribute>() is not null ? TenantScope.Host
            : type.GetCustomAttribute<AnyScopeAttribute>() is not null ? TenantScope.Any
            : TenantScope.Tenant;
        model.EndpointMetadata.Add(new TenantScopeAttribute(scope));
    }
}
