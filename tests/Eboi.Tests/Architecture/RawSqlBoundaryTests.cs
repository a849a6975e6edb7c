namespace Eboi.Tests.Architecture;

/// <summary>Raw SQL in a module names only its own tables and Core's shared ones.</summary>
public sealed class RawSqlBoundaryTests
{
    private static readonly IReadOnlySet<string> Shared = new HashSet<string> { ReferenceRules.Core };

    [Fact]
    public void Table_owners_are_found_from_models_and_migrations()
    {
        var owners = TableOwners.FromRepo();
        Assert.Equal("Eboi.Content", owners["content_versions"]);
        Assert.Equal("Eboi.Catalog", owners["service_directory"]);
        Assert.Equal("Eboi.Users", owners["users"]);
        Assert.Equal("Eboi.Core", owners["tenants"]);
        Assert.Equal("Eboi.Core", owners["eboi_search_mode"]);   // created by a migration only, not in the EF model
    }

    [Fact]
    public void No_module_names_another_modules_tables_in_sql()
    {
        var violations = RawSqlRules.Violations(TableOwners.FromRepo(), Shared, ModuleSources());
        Assert.True(violations.Count == 0, RawSqlRules.Advice + "\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_rule_finds_foreign_tables_in_code_and_migrations()
    {
        var owners = new Dictionary<string, string>
        {
            ["content_versions"] = "Eboi.Content", ["content_items"] = "Eboi.Content",
            ["service_directory"] = "Eboi.Catalog", ["tenants"] = "Eboi.Core",
        };
        SourceFile[] files =
        [
            new("Eboi.Catalog", "modules/Eboi.Catalog/Search/Bad.cs", """
                // FROM content_versions in a comment is fine
                var hits = db.Database.SqlQuery<Hit>($"SELECT title FROM service_directory d JOIN tenants t ON t.id = d.tenant_id");
                var bad = db.Database.SqlQuery<Hit>($"SELECT v.title
                    FROM content_versions v JOIN content_items i ON i.id = v.item_id");
                """),
            new("Eboi.Catalog", "modules/Eboi.Catalog/Data/Migrations/0002_bad.sql", """
                -- reads content_versions (a comment)
                CREATE VIEW cards AS SELECT * FROM public.content_versions;
                """),
            new("Eboi.Content", "modules/Eboi.Content/Queries/Own.cs", """db.Database.ExecuteSql($"DELETE FROM content_items");"""),
        ];

        var violations = RawSqlRules.Violations(owners, Shared, files);

        Assert.Equal(
            [
                "modules/Eboi.Catalog/Search/Bad.cs:4: Eboi.Catalog uses Eboi.Content's table content_versions",
                "modules/Eboi.Catalog/Search/Bad.cs:4: Eboi.Catalog uses Eboi.Content's table content_items",
                "modules/Eboi.Catalog/Data/Migrations/0002_bad.sql:2: Eboi.Catalog uses Eboi.Content's table content_versions",
            ],
            violations.Select(v => v.ToString()));
    }

    private static IEnumerable<SourceFile> ModuleSources() =>
        LoadedModules.ByProject.Keys.SelectMany(project =>
        {
            var folder = Path.Combine(RepoLayout.Root, "modules", project);
            return Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal))
                .Where(f => !RepoLayout.Relative(f).Split('/').Any(part => part is "bin" or "obj"))
                .Select(f => new SourceFile(project, RepoLayout.Relative(f), File.ReadAllText(f)));
        });
}
