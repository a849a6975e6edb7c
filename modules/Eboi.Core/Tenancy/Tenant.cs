namespace Eboi.Core.Tenancy;

/// <summary>A gmina hosted by this application. Global table (no RLS): it is read before a tenant is known.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string OfficeName { get; set; } = "";
    public string Theme { get; set; } = ThemeNames.Base;
    public TenantState State { get; set; } = TenantState.Active;
    public List<string> Modules { get; set; } = [];
    public TenantProfile Profile { get; set; } = new();
    public string? RecipeName { get; set; }

    /// <summary>SHA-256 (hex) of the recipe JSON last applied to this tenant; see <c>RecipeDigest</c>.</summary>
    public string? RecipeSha256 { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Sessions issued before this are refused; set when the tenant is disabled.</summary>
    public DateTimeOffset? SessionsValidFrom { get; set; }
    public List<TenantHost> Hosts { get; set; } = [];

    /// <summary>Host names in their order, the canonical one first.</summary>
    public IEnumerable<string> OrderedHosts => Hosts.OrderBy(h => h.Position).ThenBy(h => h.Host, StringComparer.Ordinal).Select(h => h.Host);

    /// <summary>Adds the hosts this tenant lacks, after the ones it has (so a recipe never changes the canonical host).</summary>
    public void AddHosts(IEnumerable<string> hosts)
    {
        var next = Hosts.Count == 0 ? 0 : Hosts.Max(h => h.Position) + 1;
        foreach (var host in hosts.Where(h => Hosts.All(x => x.Host != h)))
            Hosts.Add(new TenantHost { Host = host, TenantId = Id, Position = next++ });
    }
}

public enum TenantState
{
    Active = 0,
    Disabled = 1,
}

/// <summary>A host name that resolves to a tenant (e.g. siedlec.example.pl).</summary>
public sealed class TenantHost
{
    public string Host { get; set; } = "";
    public Guid TenantId { get; set; }

    /// <summary>Order of the tenant's hosts; the first is its canonical address (<see cref="Web.PortalAddress"/>).</summary>
    public int Position { get; set; }
}
