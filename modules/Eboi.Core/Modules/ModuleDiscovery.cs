using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace Eboi.Core.Modules;

/// <summary>
/// Finds the modules a host references: every project library in the host assembly's dependency manifest
/// (.deps.json, which lists project references even when no code names them) is searched for
/// <see cref="IEboiModule"/> implementations. Adding a module to a host is its project reference, nothing else.
/// </summary>
public static class ModuleDiscovery
{
    /// <summary>The modules referenced by <paramref name="host"/>, by name (the registry orders them by dependency).</summary>
    public static IReadOnlyList<IEboiModule> Find(Assembly host)
    {
        var context = DependencyContext.Load(host) ?? DependencyContext.Default
            ?? throw new InvalidOperationException($"No dependency manifest ({host.GetName().Name}.deps.json) found to discover modules from.");
        var assemblies = context.RuntimeLibraries
            .Where(l => l.Type == "project")
            .Select(l => LoadOrNull(l.Name))
            .Append(host).Append(typeof(ModuleDiscovery).Assembly)
            .OfType<Assembly>().Distinct();
        return assemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEboiModule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IEboiModule)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    // A project library that is not a .NET assembly of this process (e.g. a tool) is skipped.
    private static Assembly? LoadOrNull(string name)
    {
        try { return Assembly.Load(new AssemblyName(name)); }
        catch (FileNotFoundException) { return null; }
    }
}
