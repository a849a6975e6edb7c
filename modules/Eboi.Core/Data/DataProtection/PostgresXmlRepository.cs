using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Eboi.Core.Data.DataProtection;

/// <summary>
/// Keeps the Data Protection key ring in PostgreSQL so every app node and every restart can read the same keys
/// (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore does not restore here).
/// </summary>
public sealed class PostgresXmlRepository(DatabaseOptions options) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var conn = new NpgsqlConnection(options.AppConnectionString);
        conn.Open();
        using var cmd = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY id", conn);
        using var reader = cmd.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read()) elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var conn = new NpgsqlConnection(options.AppConnectionString);
        conn.Open();
        using var cmd = new NpgsqlCommand("INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@n, @x)", conn);
        cmd.Parameters.AddWithValue("n", friendlyName);
        cmd.Parameters.AddWithValue("x", element.ToString(SaveOptions.DisableFormatting));
        cmd.ExecuteNonQuery();
    }
}
