using System.Xml.Linq;

namespace Eboi.Tests.Architecture;

/// <summary>The checkout this test runs from (the folder holding Eboi.sln) and its projects.</summary>
public static class RepoLayout
{
    public static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Eboi.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Eboi.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Projects under modules/ and themes/ with the names of the projects they reference.</summary>
    public static IReadOnlyList<ProjectRefs> ModuleAndThemeProjects() =>
        new[] { "modules", "themes" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(p => ProjectRefs.Parse(Path.GetFileNameWithoutExtension(p), File.ReadAllText(p)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Path relative to the checkout, with forward slashes (for failure messages).</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}

/// <summary>A project's name and the names of the projects it references.</summary>
public sealed record ProjectRefs(string Name, IReadOnlyList<string> References)
{
    public static ProjectRefs Parse(string name, string csproj) =>
        new(name, XDocument.Parse(csproj).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? "").Replace('\\', '/')))
            .ToList());
}
