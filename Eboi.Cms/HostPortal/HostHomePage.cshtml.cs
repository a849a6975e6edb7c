using Eboi.Catalog;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Cms.HostPortal;

/// <summary>
/// The host portal: the list of offices, and a service finder across offices (pick a service, see which offices
/// offer it: the SEKAP model).
/// </summary>
[HostOnly]
[OutputCache(Duration = 60, VaryByQueryKeys = ["usluga"], Tags = [TenantCacheTags.HostDirectory])]
public sealed class HostHomePageModel(TenantRegistry registry, ServiceDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "usluga")]
    public string? ServiceKey { get; set; }

    public IReadOnlyCollection<TenantInfo> Offices { get; private set; } = [];
    public IReadOnlyList<(string Key, string Title, int Offices)> Services { get; private set; } = [];
    public IReadOnlyList<(TenantInfo Office, ServiceDirectoryEntry Entry)> Offering { get; private set; } = [];
    public string? SelectedTitle { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Offices = (await registry.AllAsync(ct)).Where(t => t.Enabled).ToList();
        Services = await directory.ServicesAsync(ct);
        if (string.IsNullOrEmpty(ServiceKey)) return;
        var byId = Offices.ToDictionary(o => o.Id);
        Offering = (await directory.OfficesForAsync(ServiceKey, ct))
            .Where(e => byId.ContainsKey(e.TenantId))
            .Select(e => (byId[e.TenantId], e))
            .OrderBy(x => x.Item1.Name, StringComparer.Create(new("pl-PL"), false)).ToList();
        SelectedTitle = Services.FirstOrDefault(s => s.Key == ServiceKey).Title;
    }
}
