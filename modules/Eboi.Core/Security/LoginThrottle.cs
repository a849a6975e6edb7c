using System.Collections.Concurrent;

namespace Eboi.Core.Security;

/// <summary>
/// Limits password guessing without letting a guesser lock the owner out (ASVS 2.2.1), for tenant accounts and host
/// operators (tenant <see cref="Guid.Empty"/>) alike. Failures are counted per
/// login name (per tenant) for names with and without an account alike, so the answers reveal nothing:
/// <list type="bullet">
/// <item>per name and source address: <see cref="MaxFailuresPerSource"/> failures block that source, for that name,
/// for <see cref="Window"/>; the owner elsewhere is not affected;</item>
/// <item>per name from all sources: after <see cref="FreeFailures"/> failures, attempts are spaced out by a delay that
/// doubles up to <see cref="MaxDelay"/>, one after another, so many sources together still guess slowly; an attempt
/// that would wait longer than <see cref="MaxWait"/> is refused for now ("try in a minute"), never for long.</item>
/// </list>
/// In memory per node: with several nodes each keeps its own counts.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int MaxFailuresPerSource = 5;
    public const int FreeFailures = 3;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(8);
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>Above this many tracked keys, expired entries are dropped (names tried by an attacker must not pile up).</summary>
    public const int PruneAbove = 10_000;

    private sealed record Failures(int Count, DateTimeOffset Since);
    private sealed record Account(int Count, DateTimeOffset Since, DateTimeOffset NextSlot);

    private readonly ConcurrentDictionary<string, Failures> _bySource = new();
    private readonly ConcurrentDictionary<string, Account> _byAccount = new();

    public bool IsSourceBlocked(Guid tenant, string login, string source) =>
        _bySource.TryGetValue(SourceKey(tenant, login, source), out var f) && f.Count >= MaxFailuresPerSource && clock.GetUtcNow() - f.Since < Window;

    /// <summary>
    /// Takes the next turn for an attempt on this name: how long to wait before checking the password, or null when
    /// the queue is longer than <see cref="MaxWait"/> (the attempt is refused unchecked).
    /// </summary>
    public TimeSpan? Reserve(Guid tenant, string login)
    {
        var now = clock.GetUtcNow();
        TimeSpan? wait = null;
        _byAccount.AddOrUpdate(AccountKey(tenant, login), _ => { wait = TimeSpan.Zero; return new Account(0, now, now); }, (_, a) =>
        {
            if (now - a.Since >= Window) { wait = TimeSpan.Zero; return new Account(0, now, now); }
            var slot = a.NextSlot > now ? a.NextSlot : now;
            if (slot - now > MaxWait) { wait = null; return a; }
            wait = slot - now;
            return a with { NextSlot = slot + DelayAfter(a.Count) };
        });
        return wait;
    }

    /// <summary>The spacing between attempts on a name after <paramref name="failures"/> failures: 0 up to <see cref="FreeFailures"/>, then 1 s, 2 s, 4 s … up to <see cref="MaxDelay"/>.</summary>
    public static TimeSpan DelayAfter(int failures) =>
        failures <= FreeFailures ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - FreeFailures - 1), MaxDelay.TotalSeconds));

    public void Fail(Guid tenant, string login, string source)
    {
        var now = clock.GetUtcNow();
        if (_bySource.Count + _byAccount.Count > PruneAbove) Prune(now);
        _bySource.AddOrUpdate(SourceKey(tenant, login, source), _ => new(1, now),
            (_, f) => now - f.Since >= Window ? new(1, now) : f with { Count = f.Count + 1 });
        _byAccount.AddOrUpdate(AccountKey(tenant, login), _ => new(1, now, now),
            (_, a) => now - a.Since >= Window ? new(1, now, now) : a with { Count = a.Count + 1 });
    }

    /// <summary>A right password clears this source's failures; the name's count runs out with its window.</summary>
    public void Succeed(Guid tenant, string login, string source) => _bySource.TryRemove(SourceKey(tenant, login, source), out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, f) in _bySource)
            if (now - f.Since >= Window) _bySource.TryRemove(key, out _);
        foreach (var (key, a) in _byAccount)
            if (now - a.Since >= Window && a.NextSlot <= now) _byAccount.TryRemove(key, out _);
    }

    private static string AccountKey(Guid tenant, string login) => $"{tenant:N}:{login.Trim().ToUpperInvariant()}";
    private static string SourceKey(Guid tenant, string login, string source) => $"{AccountKey(tenant, login)}@{source}";
}
