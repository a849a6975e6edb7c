using Microsoft.AspNetCore.Http;

namespace Eboi.Core.Tenancy;

public static class HttpContextTenantExtensions
{
    private static readonly object Key = new();

    /// <summary>The tenant resolved for this request, or null at host level.</summary>
    public static TenantInfo? GetTenant(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var t) ? t as TenantInfo : null;

    public static void SetTenant(this HttpContext context, TenantInfo tenant) => context.Items[Key] = tenant;
}
