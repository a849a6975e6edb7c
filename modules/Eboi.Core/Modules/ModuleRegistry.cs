using System.Reflection;
using Eboi.Core.Audit;
using Eboi.Core.Cli;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;

namespace Eboi.Core.Modules;

/// <summary>
/// The modules composed into this process, dependencies first (<see cref="ModuleOrder"/>), and what they declare:
/// permissions, audit events, CLI verbs. Built once at start-up; a duplicate name, a missing dependency or a cycle
/// fails start-up with a message saying which.
/// </summary>
public sealed class ModuleRegistry
{
    private readonly Dictionary<string, IEboiModule> _byName;
    private readonly Dictionary<string, AuditEvent> _auditEvents;
    private readonly Dictionary<string, PermissionDefinition> _permissions;

    public ModuleRegistry(IEnumerable<IEboiModule> modules)
    {
        Modules = ModuleOrder.Sort(modules.ToList());
        _byName = Modules.ToDictionary(m => m.Name, StringComparer.Ordinal);
        Permissions = Unique(m => m.Permissions, p => p.Name, "permission");
        AuditEvents = Unique(m => m.AuditEvents, e => e.Name, "audit event");
        _permissions = Permissions.ToDictionary(p => p.Name, StringComparer.Ordinal);
        _auditEvents = AuditEvents.ToDictionary(e => e.Name, StringComparer.Ordinal);
        CliCommands = Modules.SelectMany(m => m.CliCommands).ToList();
        Switchable = Modules.Where(m => !m.AlwaysEnabled).Select(m => m.Name).ToList();
    }

    /// <summary>The modules referenced by the host assembly (see <see cref="ModuleDiscovery"/>), ordered.</summary>
    public static ModuleRegistry Discover(Assembly host) => new(ModuleDiscovery.Find(host));

    /// <summary>Every module, dependencies first: the order of service registration, migrations and the pipeline.</summary>
    public IReadOnlyList<IEboiModule> Modules { get; }

    /// <summary>Names of the modules a tenant can switch on or off: what a recipe's "modules" may list.</summary>
    public IReadOnlyList<string> Switchable { get; }

    /// <summary>Every module's permissions, in module order.</summary>
    public IReadOnlyList<PermissionDefinition> Permissions { get; }

    /// <summary>Every module's audit events, in module order.</summary>
    public IReadOnlyList<AuditEvent> AuditEvents { get; }

    /// <summary>Every module's CLI verbs, in module order.</summary>
    public IReadOnlyList<ICliCommand> CliCommands { get; }

    public IEboiModule? Find(string name) => _byName.GetValueOrDefault(name);

    public bool IsSwitchable(string name) => _byName.TryGetValue(name, out var m) && !m.AlwaysEnabled;

    public bool IsPermission(string name) => _permissions.ContainsKey(name);

    /// <summary>Whether the tenant has the module: always-on modules, or one the tenant enabled.</summary>
    public bool IsEnabled(IEboiModule module, TenantInfo tenant) => module.AlwaysEnabled || tenant.HasModule(module.Name);

    /// <summary>The Polish label of a stored audit event name; the name itself when no module declares it (any more).</summary>
    public string AuditLabel(string name) => _auditEvents.TryGetValue(name, out var e) ? e.Label : name;

    /// <summary>Finds the module whose assembly declares a type (used to tag Razor pages with their module).</summary>
    public IEboiModule? ForAssembly(Assembly assembly) =>
        Modules.FirstOrDefault(m => m.GetType().Assembly == assembly);

    private List<T> Unique<T>(Func<IEboiModule, IEnumerable<T>> declared, Func<T, string> name, string what)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = new List<T>();
        foreach (var module in Modules)
            foreach (var item in declared(module))
            {
                if (!owners.TryAdd(name(item), module.Name))
                    throw new InvalidOperationException($"The {what} '{name(item)}' is declared by both module '{owners[name(item)]}' and module '{module.Name}'.");
                all.Add(item);
            }
        return all;
    }
}
