using Eboi.Core.Data;
using Eboi.Email.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Email.Templates;

/// <summary>The current tenant's e-mail templates: list, read, customise (validated) and reset to the default.</summary>
internal sealed class EmailTemplateService(EboiDbContext db, EmailTemplateCatalog catalog, TimeProvider clock)
{
    /// <summary>Every known template with its current text, in the order of <see cref="EmailTemplateCatalog.All"/>.</summary>
    public async Task<IReadOnlyList<EmailTemplateView>> ListAsync(CancellationToken ct = default)
    {
        var custom = await db.Set<EmailTemplate>().AsNoTracking().ToDictionaryAsync(t => t.Key, StringComparer.Ordinal, ct);
        return catalog.All.Select(d => View(d, custom.GetValueOrDefault(d.Key))).ToList();
    }

    /// <summary>One template, or null when the key is not a known template.</summary>
    public async Task<EmailTemplateView?> GetAsync(string key, CancellationToken ct = default)
    {
        if (catalog.Find(key) is not { } definition) return null;
        return View(definition, await FindAsync(key, tracked: false, ct));
    }

    /// <summary>Validates and stores the tenant's version; returns the Polish errors per field when it is not valid.</summary>
    public async Task<TemplateSaveResult> SaveAsync(string key, string? subject, string? body, string? author, CancellationToken ct = default)
    {
        var definition = Definition(key);
        var errors = EmailTemplateValidator.Validate(definition, subject, body);
        if (errors.Count > 0) return new TemplateSaveResult(errors);

        var template = await FindAsync(key, tracked: true, ct);
        if (template is null)
        {
            template = new EmailTemplate
            {
                TenantId = db.TenantId ?? throw new InvalidOperationException("Templates belong to a tenant: set the tenant first."),
                Key = key,
            };
            db.Add(template);
        }
        template.Subject = subject!.Trim();
        template.Body = body!.Trim().ReplaceLineEndings("\n");
        template.UpdatedAt = clock.GetUtcNow();
        template.UpdatedBy = author;
        await db.SaveChangesAsync(ct);
        return TemplateSaveResult.Ok;
    }

    /// <summary>Drops the tenant's version, so the default applies again. Returns false when it was not customised.</summary>
    public async Task<bool> ResetAsync(string key, CancellationToken ct = default)
    {
        Definition(key);
        return await db.Set<EmailTemplate>().Where(t => t.Key == key).ExecuteDeleteAsync(ct) > 0;
    }

    /// <summary>Subject and body to render now: the tenant's version or the default.</summary>
    internal async Task<(string Subject, string Body)> CurrentTextAsync(EmailTemplateDefinition definition, CancellationToken ct)
    {
        var custom = await FindAsync(definition.Key, tracked: false, ct);
        return custom is null ? (definition.Subject, definition.Body) : (custom.Subject, custom.Body);
    }

    private Task<EmailTemplate?> FindAsync(string key, bool tracked, CancellationToken ct)
    {
        var query = db.Set<EmailTemplate>().Where(t => t.Key == key);
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
    }

    private EmailTemplateDefinition Definition(string key) =>
        catalog.Find(key) ?? throw new KeyNotFoundException($"Unknown e-mail template '{key}'.");

    private static EmailTemplateView View(EmailTemplateDefinition d, EmailTemplate? custom) => new(
        d.Key, d.Description, custom?.Subject ?? d.Subject, custom?.Body ?? d.Body, custom is not null,
        custom?.UpdatedAt, custom?.UpdatedBy, d.Placeholders);
}
