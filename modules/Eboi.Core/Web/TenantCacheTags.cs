namespace Eboi.Core.Web;

/// <summary>Output-cache tags: every anonymous page of a tenant carries its tenant tag; publishing evicts it.</summary>
public static class TenantCacheTags
{
    public static string ForTenant(Guid tenantId) => $"tenant:{tenantId:N}";

    /// <summary>The host portal's service finder, which shows every office's published cards.</summary>
    public const string HostDirectory = "host:directory";
}
