using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Eboi.ApiKeys.Domain;

namespace Eboi.Tests.ApiKeys;

/// <summary>The raw key's format, its parsing of anything a client may send, and the hash comparison.</summary>
public sealed class ApiKeyFormatTests
{
    [Fact]
    public void A_generated_key_has_the_marker_a_short_prefix_and_a_256_bit_secret_and_parses_back()
    {
        var key = ApiKeyFormat.Generate();
        Assert.Matches(new Regex("^eboi_[a-z2-9]{10}_[A-Za-z0-9_-]{43}$"), key.Raw);
        Assert.True(ApiKeyFormat.TryParse(key.Raw, out var prefix, out var secret));
        Assert.Equal(key.Prefix, prefix);
        Assert.Equal(32, secret.Length);
        Assert.Equal(SHA256.HashData(secret), key.SecretHash);
        Assert.True(ApiKeyFormat.Matches(secret, key.SecretHash));
    }

    [Fact]
    public void Keys_are_unique_and_the_raw_key_never_contains_the_stored_hash()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => ApiKeyFormat.Generate()).ToList();
        Assert.Equal(keys.Count, keys.Select(k => k.Raw).Distinct().Count());
        Assert.Equal(keys.Count, keys.Select(k => k.Prefix).Distinct().Count());
        Assert.All(keys, k => Assert.DoesNotContain(Convert.ToBase64String(k.SecretHash), k.Raw));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("eboi")]
    [InlineData("eboi__")]
    [InlineData("Bearer eboi_abcdefghij_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("eboi_abcdefghij_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]     // one character short
    [InlineData("eboi_abcdefghij_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]   // one too many
    [InlineData("eboi_ABCDEFGHIJ_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]    // upper case prefix
    [InlineData("eboi_abcdefgh1j_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]    // 1 is not in the prefix alphabet
    [InlineData("eboi-abcdefghij-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("xboi_abcdefghij_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("eboi_abcdefghij_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]    // padding is not base64url
    [InlineData("eboi_abcdefghij_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    public void Anything_else_is_refused_without_an_exception(string? raw) => Assert.False(ApiKeyFormat.TryParse(raw, out _, out _));

    [Fact]
    public void A_well_formed_key_by_hand_parses()
    {
        Assert.True(ApiKeyFormat.TryParse("eboi_abcdefghij_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", out var prefix, out var secret));
        Assert.Equal("abcdefghij", prefix);
        Assert.All(secret, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Only_the_right_secret_matches_the_stored_hash()
    {
        var key = ApiKeyFormat.Generate();
        Assert.True(ApiKeyFormat.TryParse(key.Raw, out _, out var secret));
        var other = (byte[])secret.Clone();
        other[^1] ^= 1;
        Assert.False(ApiKeyFormat.Matches(other, key.SecretHash));
        Assert.False(ApiKeyFormat.Matches(secret, key.SecretHash.AsSpan(0, 31)));   // a truncated hash never matches
        Assert.False(ApiKeyFormat.Matches(secret, new byte[32]));
        Assert.True(ApiKeyFormat.Matches(secret, key.SecretHash));
    }
}
