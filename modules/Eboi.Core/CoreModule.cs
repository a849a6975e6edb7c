using Eboi.Core.Modules;

namespace Eboi.Core;

/// <summary>The kernel: tenancy, data, migrations. Always enabled.</summary>
public sealed class CoreModule : IEboiModule
{
    public string Name => ModuleNames.Core;
    public bool AlwaysEnabled => true;
}
