using Eboi.Core.Tenancy;
using Eboi.HostPanel.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.HostPanel.Tenants;

/// <summary>Host level /admin/urzedy/{slug}: a tenant's data, its host names (editable), inviting an administrator, disable and enable.</summary>
[HostOnly]
[RequireOperator]
internal sealed class TenantDetailPageModel(TenantAdministration tenants, TenantAdminInvitations invitations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    [BindProperty]
    public string? Hosts { get; set; }

    [BindProperty]
    public bool ConfirmDisable { get; set; }

    [BindProperty]
    public string? AdminEmail { get; set; }

    [BindProperty]
    public string? AdminName { get; set; }

    public Tenant Tenant { get; private set; } = null!;
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostHostsAsync(CancellationToken ct)
    {
        var wanted = HostNames.Parse(Hosts);   // read before loading: an emptied list means "no hosts"
        if (!await LoadAsync(ct)) return NotFound();
        var errors = await tenants.SetHostsAsync(Slug, wanted, Request.Host.Host, ct);
        if (errors.Count > 0)
        {
            foreach (var e in errors) ModelState.AddModelError(nameof(Hosts), e);
            return Page();
        }
        return Done("hosty");
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var error = Eboi.Core.Validation.EmailAddresses.IsValid(AdminEmail?.Trim())
            ? await invitations.InviteAsync(Tenant, AdminEmail!, AdminName, ct)
            : "Podaj poprawny adres e-mail, np. sekretariat@gmina.pl.";
        if (error is not null)
        {
            ModelState.AddModelError(nameof(AdminEmail), error);
            return Page();
        }
        return Done("zaproszono");
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!ConfirmDisable)
        {
            ModelState.AddModelError(nameof(ConfirmDisable), "Zaznacz potwierdzenie, żeby wyłączyć portal urzędu.");
            return Page();
        }
        await tenants.SetStateAsync(Slug, TenantState.Disabled, ct);
        return Done("wylaczono");
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        await tenants.SetStateAsync(Slug, TenantState.Active, ct);
        return Done("wlaczono");
    }

    private IActionResult Done(string what) => Redirect($"{HostPanelPaths.TenantOf(Slug)}?zmieniono={what}");

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(Slug, ct);
        if (tenant is null) return false;
        Tenant = tenant;
        // The saved hosts, unless the operator's own (rejected) input of the host form is being sent back.
        Hosts ??= string.Join(Environment.NewLine, tenant.OrderedHosts);
        Message = Request.Query["zmieniono"].ToString() switch
        {
            "utworzono" => $"Utworzono urząd „{tenant.OfficeName}”. Portal działa pod adresem /{tenant.Slug}/.",
            "hosty" => "Zapisano nazwy hosta.",
            "zaproszono" => "Zaproszenie dla administratora urzędu jest w kolejce wiadomości; link do ustawienia hasła jest ważny 48 godzin.",
            "wylaczono" => "Portal urzędu jest wyłączony: jego strony odpowiadają komunikatem o niedostępności (503).",
            "wlaczono" => "Portal urzędu jest włączony.",
            _ => null,
        };
        return true;
    }
}
