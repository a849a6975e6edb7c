using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Eboi.Cms.Health;

/// <summary>Ready when the database answers as the app role, migrations are applied and Polish search is active.</summary>
public sealed class DatabaseReadyCheck(EboiDbContext db, MigrationRunner migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var applied = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM eboi_migrations").SingleAsync(ct);
            var expected = migrations.All().Count;
            if (applied < expected) return HealthCheckResult.Unhealthy($"{expected - applied} migrations pending");
            var mode = await db.Database.SqlQuery<string>($"SELECT mode AS \"Value\" FROM eboi_search_mode").SingleAsync(ct);
            return mode == "hunspell"
                ? HealthCheckResult.Healthy("migrations applied, Polish search active")
                : HealthCheckResult.Degraded("Polish dictionary missing: search without inflection");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database unavailable", e);
        }
    }
}
