using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Eboi.Core.Data;

/// <summary>Maps CLR names to snake_case tables, columns and keys (EFCore.NamingConventions does not restore for EF 10).</summary>
public static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.IsOwned()) continue;
            var table = entity.GetTableName();
            if (table is not null && table != ToSnake(table) && table == entity.ShortName()) entity.SetTableName(ToSnake(table));
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(store) is { } c && c == property.Name) property.SetColumnName(ToSnake(c));
            }
        }
    }

    public static string ToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])) && name[i - 1] != '_'))
                    sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
