using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Eboi.ApiKeys.Domain;

/// <summary>
/// The raw key "eboi_&lt;prefix&gt;_&lt;secret&gt;": a 10-letter public prefix and a 256-bit random secret in base64url. The
/// secret has full entropy, so one SHA-256 is the right stored form (no slow hash needed) and is compared in constant time.
/// </summary>
internal static class ApiKeyFormat
{
    public const string Marker = "eboi";
    public const int PrefixLength = 10;
    public const int SecretBytes = 32;

    // Lower case letters and digits without look-alikes (0/o, 1/l): 32 symbols, 50 bits in 10 of them.
    private const string PrefixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private static readonly int SecretChars = Base64Url.GetEncodedLength(SecretBytes);

    /// <summary>A new key: what is shown once (<see cref="GeneratedKey.Raw"/>) and what is stored.</summary>
    public static GeneratedKey Generate()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var secret = RandomNumberGenerator.GetBytes(SecretBytes);
        return new($"{Marker}_{prefix}_{Base64Url.EncodeToString(secret)}", prefix, Hash(secret));
    }

    /// <summary>Splits a presented key; false for anything not exactly of this format (no exception for bad input).</summary>
    public static bool TryParse(string? raw, [NotNullWhen(true)] out string? prefix, [NotNullWhen(true)] out byte[]? secret)
    {
        prefix = null;
        secret = null;
        var head = Marker.Length + 1 + PrefixLength + 1;
        if (raw is null || raw.Length != head + SecretChars || !raw.StartsWith(Marker + "_", StringComparison.Ordinal) || raw[head - 1] != '_') return false;
        var p = raw.Substring(Marker.Length + 1, PrefixLength);
        if (!p.All(PrefixAlphabet.Contains)) return false;
        var bytes = new byte[SecretBytes];
        if (Base64Url.DecodeFromChars(raw.AsSpan(head), bytes, out var read, out var written) != System.Buffers.OperationStatus.Done
            || read != SecretChars || written != SecretBytes) return false;
        prefix = p;
        secret = bytes;
        return true;
    }

    public static byte[] Hash(ReadOnlySpan<byte> secret) => SHA256.HashData(secret);

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="storedHash"/>, in time independent of where they differ.</summary>
    public static bool Matches(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);
}

/// <summary>A freshly generated key: the raw text for the client and the prefix and hash the database keeps.</summary>
internal sealed record GeneratedKey(string Raw, string Prefix, byte[] SecretHash);
