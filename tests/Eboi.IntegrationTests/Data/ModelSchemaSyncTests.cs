using Eboi.Core.Data;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Eboi.IntegrationTests.Data;

/// <summary>The EF model and the SQL migrations describe the same tables and columns (no EF Design package here).</summary>
[Collection(SeededCollection.Name)]
public sealed class ModelSchemaSyncTests(SeededApp app)
{
    // Columns the database computes and EF does not map (search vector, generated in SQL).
    private static readonly HashSet<(string, string)> Unmapped = [("content_versions", "tsv")];

    [Fact]
    public async Task Every_mapped_property_has_a_column_of_the_same_nullability_and_every_column_is_mapped()
    {
        var columns = new Dictionary<(string Table, string Column), bool>();
        await using (var conn = new NpgsqlConnection(app.Database.OwnerConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                "SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public'", conn);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) columns[(r.GetString(0), r.GetString(1))] = r.GetBoolean(2);
        }

        using var scope = app.Factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<EboiDbContext>().Model;
        var mappedTables = new HashSet<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            mappedTables.Add(table);
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(store)!;
                Assert.True(columns.TryGetValue((table, column), out var nullable), $"{entity.ClrType.Name}.{property.Name}: no column {table}.{column}");
                Assert.True(nullable == property.IsColumnNullable(store), $"{table}.{column}: nullability differs (db {nullable})");
            }
        }
        foreach (var (table, column) in columns.Keys.Where(k => mappedTables.Contains(k.Table) && !Unmapped.Contains(k)))
            Assert.True(model.GetEntityTypes().Any(e => e.GetTableName() == table && e.GetProperties().Any(p => p.GetColumnName(StoreObjectIdentifier.Table(table, null)) == column)),
                $"column {table}.{column} is not mapped");
    }
}
