using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Admin;

/// <summary>
/// The form builder's shared part (new and edit): field rows added, removed and moved by buttons (no script needed),
/// each such change re-shows the form without saving; "Zapisz wersję roboczą" checks and saves a new version.
/// </summary>
internal abstract class FormBuilderPageModel(FormEditor editor) : PageModel
{
    protected FormEditor Editor { get; } = editor;

    [BindProperty] public FormEditorInput Input { get; set; } = new();

    public abstract bool IsNew { get; }

    public IEnumerable<string> ErrorOrder =>
        new[] { "Input.Title", "Input.Slug", "Input.Department", "Input.DepartmentEmail" }.Concat(Input.Fields.Select((_, i) => $"Input.Fields[{i}].Name"));

    // Row changes clear the posted values, so the re-shown inputs follow the new order.
    protected void AddField()
    {
        ModelState.Clear();
        Input.Fields.Add(new FieldInput { Name = $"pole_{Input.Fields.Count + 1}" });
    }

    protected void RemoveField(int index)
    {
        ModelState.Clear();
        if (index >= 0 && index < Input.Fields.Count) Input.Fields.RemoveAt(index);
    }

    protected void MoveField(int index, int direction)
    {
        ModelState.Clear();
        var target = index + Math.Sign(direction);
        if (index >= 0 && index < Input.Fields.Count && target >= 0 && target < Input.Fields.Count)
            (Input.Fields[index], Input.Fields[target]) = (Input.Fields[target], Input.Fields[index]);
    }

    protected async Task<bool> CheckAsync(CancellationToken ct)
    {
        ModelState.Clear();
        foreach (var (key, message) in await Editor.CheckAsync(Input, IsNew, ct)) ModelState.AddModelError(key, message);
        return ModelState.IsValid;
    }
}
