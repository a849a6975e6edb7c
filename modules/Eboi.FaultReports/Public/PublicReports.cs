using System.Globalization;
using System.Text;
using System.Text.Json;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Microsoft.EntityFrameworkCore;

namespace Eboi.FaultReports.Public;

/// <summary>What citizens see of the reports: the approved ones only (list with filters and paging, the map's GeoJSON), and their own.</summary>
internal sealed class PublicReports(FaultReportStore store)
{
    public const int PageSize = 20;

    /// <summary>Most features one GeoJSON answer holds (newest first); the map asks again when zoomed in.</summary>
    public const int MapLimit = 1000;

    public sealed record Row(string Number, string Title, string Status, string Category, string Address, DateTimeOffset CreatedAt);

    public sealed record ListPage(IReadOnlyList<Row> Rows, int Total, int Page, int Pages);

    public async Task<ListPage> ListAsync(string? status, string? categoryKey, int page, CancellationToken ct)
    {
        var query = from r in store.Db.Set<FaultReport>().AsNoTracking()
                    join c in store.Db.Set<FaultCategory>() on r.CategoryId equals c.Id
                    where r.IsPublic
                    select new { r, c };
        if (FaultStatus.IsKnown(status)) query = query.Where(x => x.r.Status == status);
        if (!string.IsNullOrEmpty(categoryKey)) query = query.Where(x => x.c.Key == categoryKey);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await query.OrderByDescending(x => x.r.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new Row(x.r.Number, x.r.Title, x.r.Status, x.c.Name, x.r.Address, x.r.CreatedAt)).ToListAsync(ct);
        return new ListPage(rows, total, page, pages);
    }

    public async Task<IReadOnlyList<Row>> OfUserAsync(Guid userId, CancellationToken ct) =>
        await (from r in store.Db.Set<FaultReport>().AsNoTracking()
               join c in store.Db.Set<FaultCategory>() on r.CategoryId equals c.Id
               where r.ReporterUserId == userId
               orderby r.CreatedAt descending
               select new Row(r.Number, r.Title, r.Status, c.Name, r.Address, r.CreatedAt)).ToListAsync(ct);

    /// <summary>
    /// The approved reports inside <paramref name="box"/> as a GeoJSON FeatureCollection (UTF-8 bytes), newest first, at most
    /// <see cref="MapLimit"/>. The box is two ranges on the plain columns, which PostgreSQL estimates from their statistics
    /// and so walks the newest-first index for a wide box and the (tenant, latitude, longitude) btree for a narrow one.
    /// </summary>
    public async Task<byte[]> GeoJsonAsync(BoundingBox box, string? status, string? categoryKey, Func<string, string> detailUrl, CancellationToken ct)
    {
        var sql = new StringBuilder(
            "SELECT r.number, r.title, r.status, c.name, r.latitude, r.longitude FROM fault_reports r JOIN fault_categories c ON c.id = r.category_id " +
            "WHERE r.tenant_id = @t AND r.is_public AND r.latitude BETWEEN @minlat AND @maxlat AND r.longitude BETWEEN @minlon AND @maxlon");
        if (FaultStatus.IsKnown(status)) sql.Append(" AND r.status = @status");
        if (!string.IsNullOrEmpty(categoryKey)) sql.Append(" AND c.key = @cat");
        sql.Append(" ORDER BY r.created_at DESC LIMIT ").Append(MapLimit.ToString(CultureInfo.InvariantCulture));
        await using var cmd = await store.CommandAsync(sql.ToString(), ct);
        FaultReportStore.Add(cmd, "t", store.TenantId);
        FaultReportStore.Add(cmd, "minlon", box.MinLon);
        FaultReportStore.Add(cmd, "minlat", box.MinLat);
        FaultReportStore.Add(cmd, "maxlon", box.MaxLon);
        FaultReportStore.Add(cmd, "maxlat", box.MaxLat);
        if (FaultStatus.IsKnown(status)) FaultReportStore.Add(cmd, "status", status);
        if (!string.IsNullOrEmpty(categoryKey)) FaultReportStore.Add(cmd, "cat", categoryKey);

        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                {
                    var number = reader.GetString(0);
                    var st = reader.GetString(2);
                    json.WriteStartObject();
                    json.WriteString("type", "Feature");
                    json.WriteStartObject("geometry");
                    json.WriteString("type", "Point");
                    json.WriteStartArray("coordinates");
                    json.WriteNumberValue(Math.Round(reader.GetDouble(5), 6));
                    json.WriteNumberValue(Math.Round(reader.GetDouble(4), 6));
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteStartObject("properties");
                    json.WriteString("numer", number);
                    json.WriteString("tytul", reader.GetString(1));
                    json.WriteString("status", st);
                    json.WriteString("status_nazwa", FaultStatus.Label(st));
                    json.WriteBoolean("otwarte", FaultStatus.IsOpen(st));
                    json.WriteString("kategoria", reader.GetString(3));
                    json.WriteString("url", detailUrl(number));
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
