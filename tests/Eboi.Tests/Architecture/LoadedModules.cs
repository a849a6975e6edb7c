using Eboi.Cms.Hosting;
using Eboi.Core.Modules;

namespace Eboi.Tests.Architecture;

/// <summary>The modules the host composes (found as the host finds them), keyed by project (assembly) name.</summary>
public static class LoadedModules
{
    public static readonly IReadOnlyDictionary<string, IEboiModule> ByProject =
        EboiComposition.Modules.Modules.ToDictionary(m => m.GetType().Assembly.GetName().Name!, StringComparer.Ordinal);
}
