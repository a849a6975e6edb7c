using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Forms.Admin;

/// <summary>/admin/formularze/nowy: a new form (its first draft version).</summary>
[RequirePermission(FormsPermissions.Manage)]
internal sealed class FormNewPageModel(FormEditor editor) : FormBuilderPageModel(editor)
{
    public override bool IsNew => true;

    public void OnGet() => Input.Fields.Add(new FieldInput { Name = "imie_nazwisko", Label = "Imię i nazwisko", Required = true });

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await CheckAsync(ct)) return Page();
        var version = await Editor.SaveAsync(Input.Slug, Input, User.Identity?.Name, ct);
        return Redirect(Url.Content("~" + FormsPaths.AdminEdit(version.ItemId)) + "?zapisano=tak");
    }

    public IActionResult OnPostAddField()
    {
        AddField();
        return Page();
    }

    public IActionResult OnPostRemoveField(int indeks)
    {
        RemoveField(indeks);
        return Page();
    }

    public IActionResult OnPostMoveField(int indeks, int o)
    {
        MoveField(indeks, o);
        return Page();
    }
}
