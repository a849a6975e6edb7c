using System.Collections.Concurrent;

namespace Eboi.Users.Login;

/// <summary>
/// Failed attempts per login name (per tenant), for names with and without an account alike, so an unknown
/// address is "locked" exactly like a real one and the lockout message reveals nothing. In memory per node;
/// Identity's lockout on the account row is the durable part.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Since)> _failures = new();

    public bool IsBlocked(Guid tenant, string login) =>
        _failures.TryGetValue(Key(tenant, login), out var f) && f.Count >= MaxFailures && clock.GetUtcNow() - f.Since < Window;

    /// <summary>Above this many tracked names, expired entries are dropped (names tried by an attacker must not pile up).</summary>
    public const int PruneAbove = 10_000;

    public void Fail(Guid tenant, string login)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > PruneAbove)
            foreach (var (key, f) in _failures)
                if (now - f.Since >= Window) _failures.TryRemove(key, out _);
        _failures.AddOrUpdate(Key(tenant, login), _ => (1, now), (_, f) => now - f.Since >= Window ? (1, now) : (f.Count + 1, f.Since));
    }

    public void Succeed(Guid tenant, string login) => _failures.TryRemove(Key(tenant, login), out _);

    private static string Key(Guid tenant, string login) => $"{tenant:N}:{login.Trim().ToUpperInvariant()}";
}
