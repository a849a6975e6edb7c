using System.Text;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Microsoft.EntityFrameworkCore;

namespace Eboi.HostPanel.Tenants;

/// <summary>The outcome of creating a tenant: its slug, or the problems (by form field, and the recipe's by JSON path).</summary>
internal sealed record TenantCreation(string? Slug, IReadOnlyList<(string Field, string Message)> FieldErrors, IReadOnlyList<RecipeError> RecipeErrors)
{
    public bool Succeeded => Slug is not null;
}

/// <summary>
/// Creates a new tenant from a recipe for the host panel: validates the whole recipe first, refuses to touch an
/// existing tenant (the panel creates; recipes re-applied by the CLI update), applies it in one transaction (with the
/// first administrator's invitation, if named) and records the creation in the new tenant's audit log.
/// </summary>
internal sealed class TenantCreator(RecipeLoader loader, RecipeApplier applier, EboiDbContext db, AuditLog audit)
{
    public const long MaxUploadBytes = 2 * 1024 * 1024;

    /// <summary>Reads an uploaded file as strict UTF-8; null with a message when it is not a usable recipe file.</summary>
    public static async Task<(string? Json, string? Error)> ReadUploadAsync(Stream stream, long length, string fileName, CancellationToken ct)
    {
        if (length == 0) return (null, "Wybrany plik jest pusty.");
        if (length > MaxUploadBytes) return (null, "Plik przepisu może mieć najwyżej 2 MB.");
        if (!fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return (null, "Przepis musi być plikiem JSON (rozszerzenie .json).");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return (await reader.ReadToEndAsync(ct), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "Plik nie jest zapisany w kodowaniu UTF-8.");
        }
    }

    public async Task<TenantCreation> CreateAsync(RecipeSource source, TenantCreateForm form, IReadOnlyList<string> hosts, string sourceField, string? reservedHost, CancellationToken ct)
    {
        LoadedRecipe loaded;
        try
        {
            loaded = loader.Load(source);
        }
        catch (RecipeValidationException e)
        {
            return Failed(sourceField, $"Przepis „{source.DisplayName}” zawiera błędy ({e.Errors.Count}); lista poniżej.", e.Errors);
        }
        var slug = string.IsNullOrWhiteSpace(form.Slug) ? loaded.Recipe.Tenant.Slug : form.Slug.Trim().ToLowerInvariant();
        if (!TenantSlugs.IsValid(slug)) return Failed("Form.Slug", ReservedNames.TenantSlugs.Contains(slug) ? $"Adres „{slug}” jest zarezerwowany przez aplikację." : TenantSlugs.Rule);
        if (await db.Tenants.AnyAsync(t => t.Slug == slug, ct))
            return Failed("Form.Slug", $"Urząd o adresie „{slug}” już istnieje. Podaj inny adres, żeby utworzyć nowy urząd.");
        if (hosts.Select(h => HostNames.Problem(h, reservedHost)).OfType<string>().FirstOrDefault() is { } hostProblem) return Failed("Form.Hosts", hostProblem);

        RecipeUser[]? admins = null;
        if (!string.IsNullOrWhiteSpace(form.AdminEmail))
        {
            if (!Eboi.Core.Validation.EmailAddresses.IsValid(form.AdminEmail.Trim())) return Failed("Form.AdminEmail", "Podaj poprawny adres e-mail, np. sekretariat@gmina.pl.");
            admins = [RecipeUser.Administrator(form.AdminEmail, form.AdminName)];
        }

        RecipeApplyResult result;
        try
        {
            result = await applier.ApplyAsync(loaded, new RecipeApplyOptions(slug, hosts, form.Demo, admins, reservedHost), ct);
        }
        catch (RecipeValidationException e)
        {
            return Failed(sourceField, "Przepisu nie można zastosować; lista problemów poniżej.", e.Errors);
        }
        db.UseTenant(result.TenantId);
        await audit.RecordAsync(HostPanelAuditEvents.TenantCreated, slug, $"przepis {loaded.Recipe.Name} ({source.DisplayName})", ct);
        return new(slug, [], []);
    }

    private static TenantCreation Failed(string field, string message, IReadOnlyList<RecipeError>? recipeErrors = null) =>
        new(null, [(field, message)], recipeErrors ?? []);
}
