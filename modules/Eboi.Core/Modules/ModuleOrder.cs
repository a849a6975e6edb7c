namespace Eboi.Core.Modules;

/// <summary>
/// Orders modules dependencies first. Stable: among modules whose dependencies are met, the one given first goes
/// first, so the order changes only where a dependency demands it. Core goes before everything (every module builds on it).
/// </summary>
public static class ModuleOrder
{
    /// <summary>The modules, dependencies first; throws <see cref="InvalidOperationException"/> on a duplicate name, a missing dependency or a cycle.</summary>
    public static IReadOnlyList<IEboiModule> Sort(IReadOnlyList<IEboiModule> modules)
    {
        var byName = new Dictionary<string, IEboiModule>(StringComparer.Ordinal);
        foreach (var m in modules)
            if (!byName.TryAdd(m.Name, m))
                throw new InvalidOperationException($"Two modules are named '{m.Name}': {byName[m.Name].GetType().FullName} and {m.GetType().FullName}.");

        var needs = modules.ToDictionary(m => m.Name, m => DependenciesOf(m, byName), StringComparer.Ordinal);
        var sorted = new List<IEboiModule>(modules.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (sorted.Count < modules.Count)
        {
            var next = modules.FirstOrDefault(m => !done.Contains(m.Name) && needs[m.Name].All(done.Contains))
                ?? throw new InvalidOperationException($"Modules depend on each other in a cycle: {string.Join(" → ", Cycle(modules.Where(m => !done.Contains(m.Name)).ToList(), needs))}.");
            sorted.Add(next);
            done.Add(next.Name);
        }
        return sorted;
    }

    private static IReadOnlyList<string> DependenciesOf(IEboiModule module, Dictionary<string, IEboiModule> byName)
    {
        foreach (var d in module.Dependencies)
            if (!byName.ContainsKey(d))
                throw new InvalidOperationException(
                    $"Module '{module.Name}' depends on module '{d}', which is not registered. Add a project reference to the module to the host (Eboi.Cms).");
        return module.Name == ModuleNames.Core || !byName.ContainsKey(ModuleNames.Core) ? module.Dependencies : [ModuleNames.Core, .. module.Dependencies];
    }

    // Walks unmet dependencies from a blocked module until a name repeats: that loop is the cycle to report.
    private static IEnumerable<string> Cycle(List<IEboiModule> blocked, Dictionary<string, IReadOnlyList<string>> needs)
    {
        var names = blocked.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var path = new List<string> { blocked[0].Name };
        while (true)
        {
            var next = needs[path[^1]].First(names.Contains);
            var seen = path.IndexOf(next);
            if (seen >= 0) return [.. path[seen..], next];
            path.Add(next);
        }
    }
}
