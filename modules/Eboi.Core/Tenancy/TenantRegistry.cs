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
        (int Count, DateTimeOffset? Max) Stamp,
        long Generation);

    private static readonly Snapshot Empty = new(
        new Dictionary<string, TenantInfo>(), new Dictionary<string, TenantInfo>(), new Dictionary<Guid, TenantInfo>(), (0, null), -1);

    private volatile Snapshot _snapshot = Empty;
    private long _nextCheckTicks;

    // Bumped by Invalidate. A snapshot read before the bump is stale even if its refresh finishes after it, so it is
    // never served as current (a tenant just created by this process must be found by the very next request).
    private long _generation;
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
    public void Invalidate() => Interlocked.Increment(ref _generation);

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken ct)
    {
        var current = _snapshot;
        var fresh = current.Generation == Interlocked.Read(ref _generation);
        if (fresh && Environment.TickCount64 < Interlocked.Read(ref _nextCheckTicks)) return current;
        if (!await _refreshLock.WaitAsync(0, ct))
        {
            // Someone else refreshes: a merely due check may serve the previous snapshot; an invalidated one waits.
            if (fresh && !ReferenceEquals(current, Empty)) return current;
            await _refreshLock.WaitAsync(ct);
        }
        try
        {
            if (_snapshot.Generation != Interlocked.Read(ref _generation) || Environment.TickCount64 >= Interlocked.Read(ref _nextCheckTicks))
                await RefreshAsync(ct);
            return _snapshot;
        }
        finally { _refreshLock.Release(); }
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        var generation = Interlocked.Read(ref _generation);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var count = await db.Tenants.CountAsync(ct);
        var max = await db.Tenants.MaxAsync(t => (DateTimeOffset?)t.UpdatedAt, ct);
        // After Invalidate the whole list is read again: a change in this process must show even if the stamp misses it.
        if ((count, max) != _snapshot.Stamp || _snapshot.Generation != generation || ReferenceEquals(_snapshot, Empty))
        {
            var tenants = await db.Tenants.AsNoTracking().Include(t => t.Hosts).ToListAsync(ct);
            var infos = tenants.Select(TenantInfo.From).ToList();
            _snapshot = new Snapshot(
                infos.ToDictionary(t => t.Slug, StringComparer.OrdinalIgnoreCase),
                infos.SelectMany(t => t.Hosts.Select(h => (h, t))).ToDictionary(x => x.h, x => x.t, StringComparer.OrdinalIgnoreCase),
                infos.ToDictionary(t => t.Id),
                (count, max),
                generation);
            logger.LogInformation("Tenant registry loaded {TenantCount} tenants", infos.Count);
        }
        Interlocked.Exchange(ref _nextCheckTicks, Environment.TickCount64 + (long)RefreshInterval.TotalMilliseconds);
    }
}
