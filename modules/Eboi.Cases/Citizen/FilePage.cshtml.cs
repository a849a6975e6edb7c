using Eboi.Core.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Cases.Citizen;

/// <summary>
/// /sprawy/{znak}/pisma/{plik}: a document's PDF, only when the signed-in verified citizen is a party to that case and
/// the file belongs to a document of it; anything else is 404 (a guessed id or another's znak finds nothing).
/// </summary>
[Authorize]
internal sealed class FilePageModel(MyCases myCases) : CitizenPageModel(myCases)
{
    public async Task<IActionResult> OnGetAsync(string znak, Guid plik, CancellationToken ct)
    {
        await LoadAccessAsync(ct);
        var file = await Cases.FileAsync(Access, znak, plik, ct);
        if (file is null) return NotFound();
        return new FileStoreActionResult(file.StorageKey, new FileDelivery(file.FileName));
    }
}

/// <summary>Sends a stored file from a page handler through Core's <see cref="FileStoreResults"/> (after the page's own check).</summary>
internal sealed class FileStoreActionResult(string key, FileDelivery delivery) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context) =>
        await (await FileStoreResults.ServeAsync(context.HttpContext, key, delivery)).ExecuteAsync(context.HttpContext);
}
