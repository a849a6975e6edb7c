using System.Collections.Concurrent;
using Eboi.ApiKeys.Domain;

namespace Eboi.ApiKeys.Validation;

/// <summary>
/// The keys this process has seen validate, by the hash of their secret, so the rate limiter (which runs before any
/// endpoint and must not query the database) can count a request against its key. Only valid keys enter, so the map
/// stays as small as the number of live keys; it decides buckets, never access.
/// </summary>
internal sealed class RecognizedKeys
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, Guid> _byHash = new(StringComparer.Ordinal);

    internal void Remember(byte[] secretHash, Guid keyId)
    {
        if (_byHash.Count >= MaxEntries) _byHash.Clear();
        _byHash[Convert.ToBase64String(secretHash)] = keyId;
    }

    /// <summary>The id of the presented key when it validated here before; null for an unknown or malformed key.</summary>
    public Guid? Recognize(string? presentedKey) =>
        ApiKeyFormat.TryParse(presentedKey, out _, out var secret) && _byHash.TryGetValue(Convert.ToBase64String(ApiKeyFormat.Hash(secret)), out var id)
            ? id : null;

    public void Forget(Guid keyId)
    {
        foreach (var entry in _byHash.Where(e => e.Value == keyId).ToList()) _byHash.TryRemove(entry);
    }
}
