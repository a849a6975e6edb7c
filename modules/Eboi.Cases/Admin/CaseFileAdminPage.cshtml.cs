using Eboi.Cases.Citizen;
using Eboi.Core.Files;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Cases.Admin;

/// <summary>/admin/sprawy/{id}/pliki/{plik}: a document's PDF for staff, only when it belongs to that case; every download audited.</summary>
[RequirePermission(CasesPermissions.View)]
internal sealed class CaseFileAdminPageModel(CaseRegister register) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid plik, CancellationToken ct)
    {
        var file = await register.FileAsync(id, plik, ct);
        return file is null ? NotFound() : new FileStoreActionResult(file.StorageKey, new FileDelivery(file.FileName));
    }
}
