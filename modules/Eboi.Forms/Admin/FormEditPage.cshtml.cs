using Eboi.Content;
using Eboi.Core.Security;
using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Forms.Admin;

/// <summary>/admin/formularze/{id}: edit the newest version's fields, preview any version (?podglad=N), publish one, see the history.</summary>
[RequirePermission(FormsPermissions.Manage)]
internal sealed class FormEditPageModel(FormEditor editor) : FormBuilderPageModel(editor)
{
    public override bool IsNew => false;

    public ContentItem Item { get; private set; } = null!;
    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];
    public FormDefinition? Preview { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "podglad")] int? preview, [FromQuery(Name = "zapisano")] string? saved, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var latest = Versions[0];
        Input = FormEditorInput.From(latest.Title, latest.Slug, FormContentType.Read(latest.Data));
        if (preview is { } n && Versions.FirstOrDefault(v => v.Number == n) is { } shown) Preview = FormContentType.From(shown);
        Saved = saved == "tak";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Slug = Versions[0].Slug;
        if (!await CheckAsync(ct)) return Page();
        await Editor.SaveAsync(Item.Key, Input, User.Identity?.Name, ct);
        return Redirect(Url.Content("~" + FormsPaths.AdminEdit(id)) + "?zapisano=tak");
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, int wersja, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Versions.All(v => v.Number != wersja)) return NotFound();
        await Editor.PublishAsync(id, wersja, ct);
        return Redirect(Url.Content("~" + FormsPaths.AdminEdit(id)));
    }

    public Task<IActionResult> OnPostAddFieldAsync(Guid id, CancellationToken ct) => AfterLoad(id, AddField, ct);

    public Task<IActionResult> OnPostRemoveFieldAsync(Guid id, int indeks, CancellationToken ct) => AfterLoad(id, () => RemoveField(indeks), ct);

    public Task<IActionResult> OnPostMoveFieldAsync(Guid id, int indeks, int o, CancellationToken ct) => AfterLoad(id, () => MoveField(indeks, o), ct);

    private async Task<IActionResult> AfterLoad(Guid id, Action change, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Slug = Versions[0].Slug;
        change();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await Editor.OpenAsync(id, ct) is not { } opened || opened.Versions.Count == 0) return false;
        (Item, Versions) = opened;
        return true;
    }
}
