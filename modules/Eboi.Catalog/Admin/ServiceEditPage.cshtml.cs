using System.Text.Json.Nodes;
using Eboi.Content;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Catalog.Admin;

/// <summary>
/// /admin/katalog/{id}: edit a service card as a new draft version, publish or unpublish it, see its history and
/// restore an older version (as a new draft). Editing needs content.edit; publishing, unpublishing and restoring
/// need content.publish.
/// </summary>
[RequirePermission(ContentPermissions.Edit)]
internal sealed class ServiceEditPageModel(ServiceCardEditor editor, IAuthorizationService authorization) : ServiceCardPageModel(editor)
{
    public ContentVersion Latest { get; private set; } = null!;
    public IReadOnlyList<ContentVersion> History { get; private set; } = [];
    public ContentVersion? Published => History.FirstOrDefault(v => v.Status == ContentStatus.Published);
    public bool WasPublished => History.Any(v => v.PublishedAt is not null);
    public bool CanPublish { get; private set; }

    [TempData] public string? Message { get; set; }
    [TempData] public string? PublishError { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = ServiceCardForm.From(Latest.Title, Latest.Slug, Latest.Category, JsonNode.Parse(Latest.Data) as JsonObject ?? [], Latest.Number);
        await PrepareFormAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string? next, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        StartValidation();
        var result = await Editor.SaveAsync(Latest, Form, Author, ct);
        if (result.Saved is not { } saved)
        {
            ShowErrors(result.Errors);
            await PrepareFormAsync(ct);
            return Page();
        }
        Message = $"Zapisano wersję roboczą nr {saved.Number}." + (Published is null ? "" : " Portal pokazuje nadal wersję opublikowaną.");
        return AfterSave(id, next);
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, int number, CancellationToken ct) =>
        PublisherActionAsync(id, async () =>
        {
            if (await Editor.PublishAsync(id, number, ct) is { } error) PublishError = error;
            else Message = $"Opublikowano wersję nr {number}. Mieszkańcy widzą ją już w katalogu spraw.";
        }, ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken ct) =>
        PublisherActionAsync(id, async () =>
        {
            await Editor.UnpublishAsync(id, ct);
            Message = "Karta została wycofana z portalu. Jej wersje zostają w historii.";
        }, ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, int number, CancellationToken ct) =>
        PublisherActionAsync(id, async () =>
        {
            if (History.All(v => v.Number != number)) return;
            var restored = await Editor.RestoreAsync(Latest, number, Author, ct);
            Message = $"Wersję nr {number} przywrócono jako wersję roboczą nr {restored.Number}. Opublikuj ją, aby zobaczyli ją mieszkańcy.";
        }, ct);

    private async Task<IActionResult> PublisherActionAsync(Guid id, Func<Task> action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanPublish) return Forbid();
        await action();
        return Redirect(Url.Content("~" + CatalogPaths.AdminEditOf(id)));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await Editor.LatestAsync(id, ct) is not { } latest) return false;
        Latest = latest;
        History = await Editor.HistoryAsync(id, ct);
        CanPublish = (await authorization.AuthorizeAsync(User, PermissionPolicyProvider.Prefix + ContentPermissions.Publish)).Succeeded;
        return true;
    }
}
