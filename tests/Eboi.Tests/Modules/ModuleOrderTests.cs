using Eboi.Core;
using Eboi.Core.Audit;
using Eboi.Core.Modules;
using Eboi.Core.Security;

namespace Eboi.Tests.Modules;

/// <summary>The registry orders modules dependencies first, keeps the given order otherwise, and refuses what cannot start.</summary>
public sealed class ModuleOrderTests
{
    private sealed class Fake(string name, string[]? dependencies = null, PermissionDefinition[]? permissions = null, AuditEvent[]? events = null) : IEboiModule
    {
        public string Name => name;
        public IReadOnlyList<string> Dependencies => dependencies ?? [];
        public IReadOnlyList<PermissionDefinition> Permissions => permissions ?? [];
        public IReadOnlyList<AuditEvent> AuditEvents => events ?? [];
    }

    private static List<string> Names(ModuleRegistry r) => r.Modules.Select(m => m.Name).ToList();

    [Fact]
    public void Dependencies_come_first_and_the_rest_keeps_its_order()
    {
        var registry = new ModuleRegistry([new Fake("A", ["C"]), new Fake("B"), new Fake("C", ["D"]), new Fake("D"), new CoreModule()]);
        Assert.Equal(["Core", "B", "D", "C", "A"], Names(registry));
    }

    [Fact]
    public void Modules_without_dependencies_keep_the_given_order_after_Core()
    {
        var registry = new ModuleRegistry([new Fake("Z"), new Fake("Y"), new CoreModule(), new Fake("X")]);
        Assert.Equal(["Core", "Z", "Y", "X"], Names(registry));
    }

    [Fact]
    public void A_missing_dependency_fails_naming_both_modules()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ModuleRegistry([new Fake("Payments", ["TaxCards"]), new Fake("Content")]));
        Assert.Contains("'Payments' depends on module 'TaxCards', which is not registered", e.Message);
    }

    [Fact]
    public void A_cycle_fails_showing_the_cycle()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            new ModuleRegistry([new CoreModule(), new Fake("Free"), new Fake("A", ["B"]), new Fake("B", ["C"]), new Fake("C", ["A"])]));
        Assert.Contains("cycle: A → B → C → A", e.Message);
    }

    [Fact]
    public void A_module_depending_on_itself_is_a_cycle()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ModuleRegistry([new Fake("A", ["A"])]));
        Assert.Contains("cycle: A → A", e.Message);
    }

    [Fact]
    public void Two_modules_with_one_name_fail()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ModuleRegistry([new Fake("A"), new Fake("A")]));
        Assert.Contains("Two modules are named 'A'", e.Message);
    }

    [Fact]
    public void A_permission_declared_twice_fails_naming_both_modules()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ModuleRegistry(
            [new Fake("A", permissions: [new("x.edit", "Edycja")]), new Fake("B", permissions: [new("x.edit", "Też edycja")])]));
        Assert.Contains("permission 'x.edit' is declared by both module 'A' and module 'B'", e.Message);
    }

    [Fact]
    public void An_audit_label_falls_back_to_the_stored_name()
    {
        var registry = new ModuleRegistry([new Fake("A", events: [new("Published", "Publikacja treści")])]);
        Assert.Equal("Publikacja treści", registry.AuditLabel("Published"));
        Assert.Equal("SomethingRetired", registry.AuditLabel("SomethingRetired"));
    }
}
