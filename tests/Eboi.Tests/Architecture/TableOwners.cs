using System.Text.RegularExpressions;
using Eboi.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Tests.Architecture;

/// <summary>Which module project owns which table: the tables its EF model maps plus those its SQL migrations create.</summary>
public static partial class TableOwners
{
    /// <summary>Table name to owning project, for every module under modules/.</summary>
    public static IReadOnlyDictionary<string, string> FromRepo()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (project, module) in LoadedModules.ByProject)
        {
            foreach (var table in ModelTables(module).Concat(MigrationTables(project)))
                owners.TryAdd(table, project);
        }
        return owners;
    }

    /// <summary>Tables created by SQL text (CREATE TABLE name).</summary>
    public static IEnumerable<string> CreatedBy(string sql) =>
        CreateTable().Matches(sql).Select(m => m.Groups["table"].Value);

    private static IEnumerable<string> ModelTables(IEboiModule module)
    {
        var builder = new ModelBuilder();
        module.ConfigureModel(builder);
        return builder.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>();
    }

    private static IEnumerable<string> MigrationTables(string project)
    {
        var folder = Path.Combine(RepoLayout.Root, "modules", project);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.sql", SearchOption.AllDirectories).SelectMany(f => CreatedBy(File.ReadAllText(f)))
            : [];
    }

    [GeneratedRegex(@"CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:public\.)?""?(?<table>[a-z_][a-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();
}
