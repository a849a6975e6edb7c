using System.Reflection;
using Eboi.Core.Modules;

namespace Eboi.Tests.Architecture;

/// <summary>One instance of every IEboiModule in the Eboi assemblies beside the tests (all the host composes), keyed by project (assembly) name.</summary>
public static class LoadedModules
{
    public static readonly IReadOnlyDictionary<string, IEboiModule> ByProject = Load();

    private static Dictionary<string, IEboiModule> Load()
    {
        var modules = new Dictionary<string, IEboiModule>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "Eboi.*.dll"))
        {
            var assembly = Assembly.LoadFrom(file);
            var type = assembly.GetTypes().FirstOrDefault(t => typeof(IEboiModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false });
            if (type is not null) modules[assembly.GetName().Name!] = (IEboiModule)Activator.CreateInstance(type)!;
        }
        return modules;
    }
}
