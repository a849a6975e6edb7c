using Eboi.Core;
using Eboi.Core.Data;
using Eboi.Payments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eboi.Payments.Gateway;

/// <summary>Reads the current tenant's gateway settings (row + secrets + host default address); null when the tenant has none.</summary>
internal sealed class TenantGatewaySettings(EboiDbContext db, MerchantSecrets secrets, IOptions<PaymentsOptions> options, IOptions<EboiOptions> eboi)
{
    /// <summary>The fake gateway's base address on this host ("{PublicUrl}/bramka-testowa/").</summary>
    public static Uri FakeGatewayUrl(string publicUrl) => new(publicUrl.TrimEnd('/') + FakeGateway.FakeGatewayRoutes.Base + "/");

    public async Task<GatewaySettings?> LoadAsync(CancellationToken ct)
    {
        var row = await db.Set<PaymentSettings>().AsNoTracking().FirstOrDefaultAsync(ct);
        if (row is null) return null;
        return new GatewaySettings(row.MerchantId, row.PosId, secrets.For(row.MerchantId), new Uri(BaseUrl(row.GatewayUrl)), row.Fees,
            TimeSpan.FromMinutes(row.TimeoutMinutes), TimeSpan.FromMinutes(row.ExpireAfterMinutes));
    }

    /// <summary>The tenant's gateway address without touching its secrets (a page that only links to the gateway); null when it has none.</summary>
    public async Task<Uri?> BaseUrlAsync(CancellationToken ct)
    {
        var row = await db.Set<PaymentSettings>().AsNoTracking().Select(s => new { s.GatewayUrl }).FirstOrDefaultAsync(ct);
        return row is null ? null : new Uri(BaseUrl(row.GatewayUrl));
    }

    private string BaseUrl(string? tenantUrl)
    {
        var url = tenantUrl ?? options.Value.GatewayUrl
            ?? (options.Value.FakeGateway.Enabled ? FakeGatewayUrl(eboi.Value.PublicUrl).ToString() : PaymentsOptions.SandboxUrl);
        return url.EndsWith('/') ? url : url + "/";
    }
}
