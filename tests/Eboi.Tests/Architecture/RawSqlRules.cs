using System.Text.RegularExpressions;

namespace Eboi.Tests.Architecture;

/// <summary>
/// Finds SQL in one module that names another module's table: in .sql files any use of the name, in .cs files a
/// name after FROM, JOIN, INTO, UPDATE, TABLE, REFERENCES or TRUNCATE (the SQL of FromSql, ExecuteSql and SqlQuery).
/// </summary>
public static partial class RawSqlRules
{
    public const string Advice = "A module never reads or writes another module's tables: call the owning module's public service "
        + "(e.g. Eboi.Content.ContentQueries), subscribe to its events, or add the query to that module's public API.";

    /// <param name="owners">Table name to owning project.</param>
    /// <param name="shared">Projects whose tables every module may use (Core: tenants, tenant_hosts, audit_log...).</param>
    /// <param name="files">Source files with the project they belong to.</param>
    public static IReadOnlyList<SqlViolation> Violations(IReadOnlyDictionary<string, string> owners, IReadOnlySet<string> shared,
        IEnumerable<SourceFile> files)
    {
        var violations = new List<SqlViolation>();
        foreach (var file in files)
        {
            var isSql = file.Path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);
            var lines = file.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var table in TablesIn(lines[i], isSql))
                {
                    if (owners.TryGetValue(table, out var owner) && owner != file.Project && !shared.Contains(owner))
                        violations.Add(new(file.Path, i + 1, file.Project, table, owner));
                }
            }
        }
        return violations;
    }

    private static IEnumerable<string> TablesIn(string line, bool isSql)
    {
        if (isSql)
        {
            var code = line.Split("--")[0];
            return Identifier().Matches(code).Select(m => m.Value);
        }
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return [];
        return SqlTableReference().Matches(line).Select(m => m.Groups["table"].Value);
    }

    [GeneratedRegex(@"\b[a-z_][a-z0-9_]*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES|TRUNCATE)\s+(?:ONLY\s+)?(?:public\.)?""?(?<table>[a-z_][a-z0-9_]*)")]
    private static partial Regex SqlTableReference();
}

/// <summary>A file of a project, its path relative to the checkout and its text.</summary>
public sealed record SourceFile(string Project, string Path, string Text);

/// <summary>SQL in one module naming another module's table.</summary>
public sealed record SqlViolation(string File, int Line, string Project, string Table, string Owner)
{
    public override string ToString() => $"{File}:{Line}: {Project} uses {Owner}'s table {Table}";
}
