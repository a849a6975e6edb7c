using System.Data.Common;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.FaultReports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Eboi.FaultReports.Reports;

/// <summary>
/// Reads and numbers the current tenant's reports: categories, map settings, one report by number, and the next
/// number of the year. Shared by the citizen pages, the staff desk, workflows and recipes.
/// </summary>
internal sealed class FaultReportStore(EboiDbContext db, ICurrentTenant tenant)
{
    /// <summary>Poland, for a tenant whose recipe set no map: better than refusing every place.</summary>
    public static readonly BoundingBox Poland = new(49.0, 14.1, 54.9, 24.2);

    public EboiDbContext Db => db;

    public Guid TenantId => db.TenantId ?? tenant.Tenant?.Id ?? throw new InvalidOperationException("No tenant.");

    public async Task<IReadOnlyList<FaultCategory>> CategoriesAsync(bool activeOnly, CancellationToken ct) =>
        await db.Set<FaultCategory>().AsNoTracking().Where(c => !activeOnly || c.Active).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct);

    public async Task<FaultMapSettings> MapAsync(CancellationToken ct) =>
        await db.Set<FaultMapSettings>().AsNoTracking().FirstOrDefaultAsync(ct)
        ?? new FaultMapSettings { MinLat = Poland.MinLat, MinLon = Poland.MinLon, MaxLat = Poland.MaxLat, MaxLon = Poland.MaxLon };

    public Task<FaultReport?> FindAsync(string number, CancellationToken ct) =>
        db.Set<FaultReport>().FirstOrDefaultAsync(r => r.Number == number, ct);

    public Task<FaultReport?> FindAsync(Guid id, CancellationToken ct) =>
        db.Set<FaultReport>().FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<FaultCategory?> CategoryAsync(Guid id, CancellationToken ct) =>
        db.Set<FaultCategory>().FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<IReadOnlyList<FaultPhoto>> PhotosAsync(Guid reportId, CancellationToken ct) =>
        await db.Set<FaultPhoto>().AsNoTracking().Where(p => p.ReportId == reportId).OrderBy(p => p.Position).ToListAsync(ct);

    public async Task<IReadOnlyList<FaultUpdate>> TimelineAsync(Guid reportId, CancellationToken ct) =>
        await db.Set<FaultUpdate>().AsNoTracking().Where(u => u.ReportId == reportId).OrderBy(u => u.CreatedAt).ToListAsync(ct);

    /// <summary>The next number of <paramref name="year"/> in this tenant: one atomic upsert, so parallel submissions never share one.</summary>
    public async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(
            "INSERT INTO fault_report_counters (tenant_id, year, last) VALUES (@t, @y, 1) " +
            "ON CONFLICT (tenant_id, year) DO UPDATE SET last = fault_report_counters.last + 1 RETURNING last", ct);
        Add(cmd, "t", TenantId);
        Add(cmd, "y", year);
        var last = (int)(await cmd.ExecuteScalarAsync(ct))!;
        return ReportNumber.Format(year, last);
    }

    /// <summary>A command on the context's connection (tenant set by the session interceptor) inside its transaction, if any.</summary>
    public async Task<DbCommand> CommandAsync(string sql, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return cmd;
    }

    public static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
}
