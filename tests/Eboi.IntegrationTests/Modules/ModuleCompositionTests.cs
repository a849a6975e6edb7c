using System.Text.Json.Nodes;
using Eboi.Cms.Hosting;
using Eboi.Core.Modules;
using Eboi.Recipes.Sources;

namespace Eboi.IntegrationTests.Modules;

/// <summary>
/// The host finds its modules by project reference, orders them by their dependencies, and the recipe schema's enums
/// say exactly what the modules declare (a new module's permission or switch is missing from the schema: this fails).
/// </summary>
public sealed class ModuleCompositionTests
{
    private static readonly ModuleRegistry Modules = EboiComposition.Modules;

    private static JsonObject Schema() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RecipePaths.FindRecipesFolder(), "recipe.schema.json")))!.AsObject();

    private static List<string> Enum(JsonNode? node) => node!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();

    [Fact]
    public void The_host_discovers_every_referenced_module_dependencies_first()
    {
        // Every module the host references is found (a new one by its project reference alone), Core first. Migrations are
        // recorded by id, so an existing database is unaffected when a new module changes the order.
        Assert.Equal(ModuleNames.Core, Modules.Modules[0].Name);
        Assert.Subset(Modules.Modules.Select(m => m.Name).ToHashSet(),
            new HashSet<string> { ModuleNames.Content, ModuleNames.Catalog, ModuleNames.Email, ModuleNames.Users, ModuleNames.Recipes, ModuleNames.HostPanel });
        foreach (var (module, index) in Modules.Modules.Select((m, i) => (m, i)))
            foreach (var dependency in module.Dependencies)
                Assert.True(Modules.Modules.ToList().FindIndex(m => m.Name == dependency) < index, $"{module.Name} runs before its dependency {dependency}");
    }

    [Fact]
    public void Schema_modules_enum_is_the_modules_a_tenant_can_switch()
    {
        var schema = Schema();
        Assert.Equal(Modules.Switchable.Order(StringComparer.Ordinal), Enum(schema["properties"]!["modules"]!["items"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_permissions_enum_is_every_permission_the_modules_declare()
    {
        var schema = Schema();
        var declared = Modules.Permissions.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(declared, Enum(schema["$defs"]!["permission"]).Order(StringComparer.Ordinal));
        Assert.All(Modules.Permissions, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Name));
    }

    [Fact]
    public void Every_audit_event_name_is_declared_once_with_a_label()
    {
        Assert.Equal(Modules.AuditEvents.Count, Modules.AuditEvents.Select(e => e.Name).Distinct().Count());
        Assert.All(Modules.AuditEvents, e => Assert.NotEqual(e.Name, Modules.AuditLabel(e.Name)));
        // The names stored in audit_log.event before modules declared them: still declared, so old rows keep their labels.
        string[] stored =
        [
            "LoginSucceeded", "LoginFailed", "LockedOut", "Registered", "PasswordChanged", "PasswordReset", "AccountLocked",
            "AccountUnlocked", "RolesChanged", "VerificationRequested", "Verified", "VerificationRejected", "VerificationRevoked",
            "Published", "Unpublished", "PersonalDataChanged", "AccountDeleted", "TenantCreated", "TenantDisabled", "TenantEnabled",
            "TenantHostsChanged", "InvitationResent", "DraftSaved", "VersionRestored", "VerificationReset",
        ];
        Assert.Subset(Modules.AuditEvents.Select(e => e.Name).ToHashSet(), stored.ToHashSet());
    }
}
