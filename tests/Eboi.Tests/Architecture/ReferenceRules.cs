namespace Eboi.Tests.Architecture;

/// <summary>
/// Which project may reference which: Core references no module or theme; a theme references only Core and
/// Themes.Base; a module references only Core and the modules it declares in IEboiModule.Dependencies.
/// </summary>
public static class ReferenceRules
{
    public const string Core = "Eboi.Core";
    public const string ThemesBase = "Eboi.Themes.Base";
    private const string ThemePrefix = "Eboi.Themes.";

    /// <param name="projects">Projects under modules/ and themes/.</param>
    /// <param name="dependencies">Declared dependencies per module project, as project names.</param>
    /// <returns>One entry per forbidden reference.</returns>
    public static IReadOnlyList<ReferenceViolation> Violations(IEnumerable<ProjectRefs> projects, IReadOnlyDictionary<string, IReadOnlyList<string>> dependencies)
    {
        var violations = new List<ReferenceViolation>();
        foreach (var project in projects)
        {
            var allowed = Allowed(project.Name, dependencies, out var why);
            foreach (var reference in project.References.Where(r => !allowed.Contains(r)))
                violations.Add(new(project.Name, reference, why));
        }
        return violations;
    }

    private static HashSet<string> Allowed(string project, IReadOnlyDictionary<string, IReadOnlyList<string>> dependencies, out string why)
    {
        if (project == Core)
        {
            why = "Core references no module or theme; move the code into Core or invert the dependency (an interface in Core the module implements).";
            return [];
        }
        if (project == ThemesBase)
        {
            why = "Themes.Base references only Core.";
            return [Core];
        }
        if (project.StartsWith(ThemePrefix, StringComparison.Ordinal))
        {
            why = "a theme references only Core and Themes.Base.";
            return [Core, ThemesBase];
        }
        why = "a module references only Core and the modules listed in its IEboiModule.Dependencies; declare the dependency "
            + "(it orders modules and migrations) or talk to the other module through its public services or events.";
        return [Core, .. dependencies.GetValueOrDefault(project) ?? []];
    }
}

/// <summary>A project reference the module graph forbids, with what to do instead.</summary>
public sealed record ReferenceViolation(string Project, string Reference, string Why)
{
    public override string ToString() => $"{Project} references {Reference}: {Why}";
}
