using System.Security.Cryptography;
using System.Text.Json;
using Eboi.Core;
using Microsoft.Extensions.Options;

namespace Eboi.Payments.Gateway;

/// <summary>A merchant account's secrets: the CRC key that signs messages and the API (reports) key for basic auth.</summary>
internal sealed record MerchantKeys(string CrcKey, string ApiKey);

/// <summary>
/// Where a merchant's secrets come from: the configuration when the operator set them (keys issued by Przelewy24),
/// else a file generated once per merchant in the data folder (payments/merchant-{id}.json, mode 0600), which the fake
/// gateway reads too. Never in the repository or the database.
/// </summary>
internal sealed class MerchantSecrets(IOptions<PaymentsOptions> options, IOptions<EboiOptions> eboi)
{
    private static readonly Lock Gate = new();

    public MerchantKeys For(int merchantId)
    {
        if (options.Value.Merchants.TryGetValue(merchantId.ToString(System.Globalization.CultureInfo.InvariantCulture), out var configured)
            && !string.IsNullOrEmpty(configured.CrcKey) && !string.IsNullOrEmpty(configured.ApiKey))
            return new(configured.CrcKey, configured.ApiKey);
        var path = PathOf(merchantId);
        lock (Gate)
        {
            if (!File.Exists(path))
            {
                var generated = new MerchantKeys(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
                SecretFiles.Write(path, JsonSerializer.SerializeToUtf8Bytes(generated));
                return generated;
            }
        }
        return JsonSerializer.Deserialize<MerchantKeys>(File.ReadAllBytes(path)) ?? throw new InvalidOperationException($"{path} is empty.");
    }

    /// <summary>Whether this merchant has secrets already (configured, or generated when its gmina first paid): the fake gateway serves no other.</summary>
    public bool Knows(int merchantId) =>
        options.Value.Merchants.ContainsKey(merchantId.ToString(System.Globalization.CultureInfo.InvariantCulture)) || File.Exists(PathOf(merchantId));

    private string PathOf(int merchantId) => Path.Combine(eboi.Value.FullDataPath, "payments", $"merchant-{merchantId}.json");
}
