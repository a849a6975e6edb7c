using System.Security.Claims;
using System.Text.Json.Nodes;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Content.Admin;

/// <summary>
/// /admin/strony/{id}: edit a page or the regulamin as a new draft version, preview it, publish or unpublish, see the
/// history and restore an older version (as a new draft). Publishing needs content.publish.
/// </summary>
[RequirePermission(ContentPermissions.Edit)]
internal sealed class PageEditPageModel(ContentService content, EboiDbContext db, IAuthorizationService authorization) : PageModel
{
    public ContentVersion Latest { get; private set; } = null!;
    public IReadOnlyList<ContentVersion> History { get; private set; } = [];
    public bool CanPublish { get; private set; }
    public bool IsRegulamin => Latest.ContentType == ContentTypeNames.Regulamin;

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Version { get; set; }
    [BindProperty] public string? EffectiveFrom { get; set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var data = JsonNode.Parse(Latest.Data)!.AsObject();
        Title = Latest.Title;
        Body = data["body"]?.GetValue<string>();
        Version = data["version"]?.GetValue<string>();
        EffectiveFrom = data["effectiveFrom"]?.GetValue<string>();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Title)) ModelState.AddModelError(nameof(Title), "Wpisz tytuł.");
        else if (Title.Length > 200) ModelState.AddModelError(nameof(Title), "Tytuł może mieć najwyżej 200 znaków.");
        if (string.IsNullOrWhiteSpace(Body)) ModelState.AddModelError(nameof(Body), "Wpisz treść.");
        if (IsRegulamin)
        {
            if (string.IsNullOrWhiteSpace(Version)) ModelState.AddModelError(nameof(Version), "Wpisz oznaczenie wersji regulaminu.");
            if (!DateOnly.TryParseExact(EffectiveFrom, "yyyy-MM-dd", out _)) ModelState.AddModelError(nameof(EffectiveFrom), "Wpisz datę wejścia w życie w formacie RRRR-MM-DD.");
        }
        if (!ModelState.IsValid) return Page();

        var item = await db.Set<ContentItem>().AsNoTracking().SingleAsync(i => i.Id == id, ct);
        var data = IsRegulamin
            ? new JsonObject { ["version"] = Version!.Trim(), ["effectiveFrom"] = EffectiveFrom, ["body"] = Body }
            : new JsonObject { ["body"] = Body, ["menu"] = JsonNode.Parse(Latest.Data)?["menu"]?.GetValue<bool>() ?? false };
        var draft = new ContentDraft(Title!.Trim(), Latest.Slug, data, SearchText: MarkdownRenderer.ToPlainText(Body));
        var saved = await content.SaveDraftAsync(item.ContentType, item.Key, draft, User.FindFirstValue(ClaimTypes.Name), ct);
        Message = $"Zapisano wersję roboczą nr {saved.Number}. Strona publiczna pokazuje nadal wersję opublikowaną.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, int number, CancellationToken ct) =>
        PublisherActionAsync(id, () => content.PublishAsync(id, number, ct), $"Opublikowano wersję nr {number}.");

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken ct) =>
        PublisherActionAsync(id, () => content.UnpublishAsync(id, ct), "Strona została wycofana z portalu.");

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, int number, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var restored = await content.RestoreAsync(id, number, User.FindFirstValue(ClaimTypes.Name), ct);
        Message = $"Wersję nr {number} przywrócono jako wersję roboczą nr {restored.Number}.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> PublisherActionAsync(Guid id, Func<Task> action, string message)
    {
        if (!await LoadAsync(id, CancellationToken.None)) return NotFound();
        if (!CanPublish) return Forbid();
        await action();
        Message = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await content.LatestAsync(id, ct) is not { } latest || !PagesListPageModel.Types.Contains(latest.ContentType)) return false;
        Latest = latest;
        History = await content.HistoryAsync(id, ct);
        CanPublish = (await authorization.AuthorizeAsync(User, PermissionPolicyProvider.Prefix + ContentPermissions.Publish)).Succeeded;
        return true;
    }
}
