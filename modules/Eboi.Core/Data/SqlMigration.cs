namespace Eboi.Core.Data;

/// <summary>One versioned SQL migration of a module (an embedded Data/Migrations/NNNN_name.sql file).</summary>
public sealed record SqlMigration(string Module, string Name, string Sql)
{
    public string Id => $"{Module}/{Name}";

    public string Checksum => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Sql)))[..16];

    /// <summary>Reads a module assembly's embedded *.sql migrations, ordered by file name.</summary>
    public static IEnumerable<SqlMigration> FromAssembly(string module, System.Reflection.Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(".Data.Migrations.") && n.EndsWith(".sql")).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = resource[(resource.IndexOf(".Data.Migrations.", StringComparison.Ordinal) + ".Data.Migrations.".Length)..^4];
            yield return new SqlMigration(module, name, reader.ReadToEnd());
        }
    }
}
