namespace Eboi.Tests.Architecture;

/// <summary>Project references follow the module graph: Core knows no module, themes know Core and Base, modules their declared dependencies.</summary>
public sealed class ProjectReferenceTests
{
    [Fact]
    public void Every_module_project_has_a_module_class_the_test_can_read()
    {
        var moduleProjects = RepoLayout.ModuleAndThemeProjects().Select(p => p.Name).Where(n => !n.StartsWith("Eboi.Themes.", StringComparison.Ordinal));
        var unread = moduleProjects.Where(n => !LoadedModules.ByProject.ContainsKey(n)).ToList();
        Assert.True(unread.Count == 0, "No module class loaded for (reference the module from the host, Eboi.Cms): " + string.Join(", ", unread));
    }

    [Fact]
    public void Projects_reference_only_what_the_module_graph_allows()
    {
        var violations = ReferenceRules.Violations(RepoLayout.ModuleAndThemeProjects(), DeclaredDependencies()).ToList();
        Assert.True(violations.Count == 0, "Forbidden project references:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Declared_dependencies_name_existing_modules()
    {
        var names = LoadedModules.ByProject.Values.Select(m => m.Name).ToHashSet();
        var unknown = LoadedModules.ByProject.Values.SelectMany(m => m.Dependencies.Where(d => !names.Contains(d)).Select(d => $"{m.Name} -> {d}")).ToList();
        Assert.True(unknown.Count == 0, "Dependencies on modules that do not exist: " + string.Join(", ", unknown));
    }

    [Fact]
    public void The_rules_reject_a_bad_graph()
    {
        const string badModule = """
            <Project Sdk="Microsoft.NET.Sdk.Razor">
              <ItemGroup>
                <ProjectReference Include="..\Eboi.Core\Eboi.Core.csproj" />
                <ProjectReference Include="../Eboi.Content/Eboi.Content.csproj" />
                <ProjectReference Include="../Eboi.Users/Eboi.Users.csproj" />
              </ItemGroup>
            </Project>
            """;
        ProjectRefs[] projects =
        [
            ProjectRefs.Parse("Eboi.Core", """<Project><ItemGroup><ProjectReference Include="../Eboi.Content/Eboi.Content.csproj" /></ItemGroup></Project>"""),
            ProjectRefs.Parse("Eboi.Fake", badModule),
            ProjectRefs.Parse("Eboi.Themes.Fake", """<Project><ItemGroup><ProjectReference Include="../../modules/Eboi.Catalog/Eboi.Catalog.csproj" /></ItemGroup></Project>"""),
            ProjectRefs.Parse("Eboi.Themes.Base", """<Project><ItemGroup><ProjectReference Include="../Eboi.Themes.Admin/Eboi.Themes.Admin.csproj" /></ItemGroup></Project>"""),
        ];
        var dependencies = new Dictionary<string, IReadOnlyList<string>> { ["Eboi.Fake"] = ["Eboi.Content"] };

        var violations = ReferenceRules.Violations(projects, dependencies);

        Assert.Equal(
            [
                ("Eboi.Core", "Eboi.Content"),
                ("Eboi.Fake", "Eboi.Users"),
                ("Eboi.Themes.Fake", "Eboi.Catalog"),
                ("Eboi.Themes.Base", "Eboi.Themes.Admin"),
            ],
            violations.Select(v => (v.Project, v.Reference)));
        Assert.Contains("IEboiModule.Dependencies", violations[1].ToString());
    }

    private static Dictionary<string, IReadOnlyList<string>> DeclaredDependencies()
    {
        var projectOf = LoadedModules.ByProject.ToDictionary(m => m.Value.Name, m => m.Key);
        return LoadedModules.ByProject.ToDictionary(
            m => m.Key,
            m => (IReadOnlyList<string>)m.Value.Dependencies.Select(d => projectOf.GetValueOrDefault(d, d)).ToList());
    }
}
