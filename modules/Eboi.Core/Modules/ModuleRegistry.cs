using System.Reflection;

namespace Eboi.Core.Modules;

/// <summary>The modules composed into this process, in registration order (dependencies first).</summary>
public sealed class ModuleRegistry(IReadOnlyList<IEboiModule> modules)
{
    public IReadOnlyList<IEboiModule> Modules { get; } = modules;

    /// <summary>Finds the module whose assembly declares a type (used to tag Razor pages with their module).</summary>
    public IEboiModule? ForAssembly(Assembly assembly) =>
        Modules.FirstOrDefault(m => m.GetType().Assembly == assembly);
}
