using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;
using Eboi.HostPanel.Accounts;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eboi.HostPanel.Tenants;

/// <summary>Host level /admin/urzedy/nowy: create a tenant from a shipped or uploaded recipe.</summary>
[HostOnly]
[RequireOperator]
[RequestSizeLimit(TenantCreator.MaxUploadBytes + 64 * 1024)]
internal sealed class TenantCreatePageModel(RecipeFiles files, TenantCreator creator) : PageModel
{
    public const string UploadField = "Upload";

    [BindProperty]
    public TenantCreateForm Form { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<RecipeFile> Recipes { get; private set; } = [];

    public IEnumerable<SelectListItem> RecipeChoices => Recipes.Select(r => new SelectListItem($"{r.FileName} – {r.TenantName}", r.FileName));
    public IReadOnlyList<RecipeError> RecipeErrors { get; private set; } = [];

    public void OnGet()
    {
        Recipes = files.List();
        Form.RecipeFile = Recipes.FirstOrDefault(r => r.FileName.StartsWith("gmina-template", StringComparison.Ordinal))?.FileName ?? Recipes.FirstOrDefault()?.FileName;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Recipes = files.List();
        ModelState.Clear();
        var (source, field) = await ReadSourceAsync(ct);
        if (source is null) return Page();

        var hosts = HostNames.Parse(Form.Hosts);
        var result = await creator.CreateAsync(source, Form, hosts, field, Request.Host.Host, ct);
        if (result.Succeeded) return Redirect($"{HostPanelPaths.TenantOf(result.Slug!)}?zmieniono=utworzono");
        foreach (var (f, message) in result.FieldErrors) ModelState.AddModelError(f, message);
        RecipeErrors = result.RecipeErrors;
        return Page();
    }

    private async Task<(RecipeSource? Source, string Field)> ReadSourceAsync(CancellationToken ct)
    {
        if (Form.Origin == RecipeOrigin.Upload)
        {
            if (Upload is null)
            {
                ModelState.AddModelError(UploadField, "Wybierz plik przepisu (.json).");
                return (null, UploadField);
            }
            await using var stream = Upload.OpenReadStream();
            var (json, error) = await TenantCreator.ReadUploadAsync(stream, Upload.Length, Upload.FileName, ct);
            if (error is not null)
            {
                ModelState.AddModelError(UploadField, error);
                return (null, UploadField);
            }
            return (files.FromUpload(json!, Path.GetFileName(Upload.FileName)), UploadField);
        }
        var source = Form.RecipeFile is null ? null : files.Open(Form.RecipeFile);
        if (source is null) ModelState.AddModelError("Form.RecipeFile", "Wybierz przepis z listy.");
        return (source, "Form.RecipeFile");
    }
}
