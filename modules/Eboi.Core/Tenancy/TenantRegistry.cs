using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eboi.Core.Tenancy;

/// <summary>
/// Process-wide cache of all tenants (a few hundred bytes each, so 2,477 gminy fit easily).
/// A cheap stamp query every <see cref="RefreshInterval"/> picks up tenants created, changed or disabled
/// by another process (CLI, another node) without a restart.
/// </summary>
public sealed class TenantRegistry(IServiceScopeFactory scopes, ILogger<TenantRegistry> logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private sealed record Snapshot(
        IReadOnlyDictionary<string, TenantInfo> BySlug,
        IReadOnlyDictionary<string, TenantInfo> ByHost,
        IReadOnlyDictionary<Guid, TenantInfo> ById,
        (int Count, DateTimeOffset? Max) Stamp);

    private static readonly Snapshot Empty = new(
        new Dictionary<string, TenantInfo>(), new Dictionary<string, TenantInfo>(), new Dictionary<Guid, TenantInfo>(), (0, null));

    private volatile Snapshot _snapshot = Empty;
    private long _nextCheckTicks;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);

    public async ValueTask<TenantInfo?> FindBySlugAsync(string slug, CancellationToken ct = default)
    {
        var s = await CurrentAsync(ct);
        return s.BySlug.GetValueOrDefault(slug);
    }

    public async ValueTask<TenantInfo?> FindByHostAsync(string host, CancellationToken ct = default)
    {
        var s = await CurrentAsync(ct);
        return s.ByHost.GetValueOrDefault(host);
    }

    public async ValueTask<TenantInfo?> FindByIdAsync(Guid id, CancellationToken ct = default)
    {
        var s = await CurrentAsync(ct);
        return s.ById.GetValueOrDefault(id);
    }

    public async ValueTask<IReadOnlyCollection<TenantInfo>> AllAsync(CancellationToken ct = default) =>
        (await CurrentAsync(ct)).ById.Values.OrderBy(t => t.Name, StringComparer.Create(new("pl-PL"), false)).ToList();

    /// <summary>Forces a reload on the next lookup (after this process changed a tenant).</summary>
    public void Invalidate() => Interlocked.Exchange(ref _nextCheckTicks, 0);

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken ct)
    {
        var now = Environment.TickCount64;
        if (now < Interlocked.Read(ref _nextCheckTicks)) return _snapshot;
        if (!await _refreshLock.WaitAsync(0, ct))
        {
            // Someone else refreshes; serve the previous snapshot unless there is none yet.
            if (!ReferenceEquals(_snapshot, Empty)) return _snapshot;
            await _refreshLock.WaitAsync(ct);
        }
        try
        {
            if (Environment.TickCount64 >= Interlocked.Read(ref _nextCheckTicks)) await RefreshAsync(ct);
            return _snapshot;
        }
        finally { _refreshLock.Release(); }
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var count = await db.Tenants.CountAsync(ct);
        var max = await db.Tenants.MaxAsync(t => (DateTimeOffset?)t.UpdatedAt, ct);
        if ((count, max) != _snapshot.Stamp || ReferenceEquals(_snapshot, Empty))
        {
            var tenants = await db.Tenants.AsNoTracking().Include(t => t.Hosts).ToListAsync(ct);
            var infos = tenants.Select(TenantInfo.From).ToList();
            _snapshot = new Snapshot(
                infos.ToDictionary(t => t.Slug, StringComparer.OrdinalIgnoreCase),
                infos.SelectMany(t => t.Hosts.Select(h => (h, t))).ToDictionary(x => x.h, x => x.t, StringComparer.OrdinalIgnoreCase),
                infos.ToDictionary(t => t.Id),
                (count, max));
            logger.LogInformation("Tenant registry loaded {TenantCount} tenants", infos.Count);
        }
        Interlocked.Exchange(ref _nextCheckTicks, Environment.TickCount64 + (long)RefreshInterval.TotalMilliseconds);
    }
}
