using Eboi.Core.Modules;

namespace Eboi.Tests.Architecture;

/// <summary>Modules other than Core expose only their root namespace; the rest of a module is internal.</summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void Every_module_exposes_only_its_root_namespace()
    {
        var violations = LoadedModules.ByProject
            .Where(m => m.Key != ReferenceRules.Core)
            .SelectMany(m => PublicSurfaceRules.Violations(m.Key, m.Value.GetType().Assembly.GetExportedTypes()))
            .ToList();
        Assert.True(violations.Count == 0,
            "Public types outside their module's root namespace (make them internal, or move them to the root namespace if other modules use them):\n"
            + string.Join("\n", violations));
    }

    [Fact]
    public void Each_module_has_a_public_surface_the_rule_looked_at()
    {
        foreach (var (project, module) in LoadedModules.ByProject)
            Assert.Contains(module.GetType().Assembly.GetExportedTypes(), t => t.Namespace == project);
    }

    [Fact]
    public void The_rule_rejects_a_public_type_outside_the_root_and_accepts_the_root_and_view_components()
    {
        Type[] types = [typeof(Samples.LeakedService), typeof(Samples.SampleViewComponent), typeof(IEboiModule), typeof(PublicSurfaceTests)];

        var violations = PublicSurfaceRules.Violations("Eboi.Tests.Architecture", types);

        Assert.Equal(["Eboi.Core.Modules.IEboiModule", "Eboi.Tests.Architecture.Samples.LeakedService"], violations);
    }
}
