using System.Reflection;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace Eboi.Cms.Hosting;

/// <summary>
/// Registers every module and theme assembly as an application part. The SDK's generated part list is written
/// per build output and can go stale (a theme first built without views is left out; an incremental build does not
/// rewrite it). Modules and themes are what this host composes, so it says so itself.
/// </summary>
public static class EboiApplicationParts
{
    public static void Add(ApplicationPartManager manager, ModuleRegistry modules)
    {
        var assemblies = modules.Modules.Select(m => m.GetType().Assembly)
            .Concat(ThemeNames.TenantThemes.Append(ThemeNames.Admin).Select(t => Assembly.Load(new AssemblyName($"Eboi.Themes.{t}"))))
            .Distinct();
        foreach (var assembly in assemblies)
        {
            if (manager.ApplicationParts.Any(p => p.Name == assembly.GetName().Name)) continue;
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                manager.ApplicationParts.Add(part);
        }
    }
}
