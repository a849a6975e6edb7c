using Eboi.Core;
using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Core.Liquid;
using Eboi.Core.Tenancy;
using Eboi.Email.Domain;
using Eboi.Email.Rendering;
using Eboi.Email.Templates;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Email.Outbox;

/// <summary>Renders a template for the current tenant and stages an outbox row in the caller's unit of work.</summary>
internal sealed class EmailOutbox(
    EboiDbContext db,
    EmailTemplateService templates,
    EmailTemplateCatalog catalog,
    TenantRegistry tenants,
    IOptions<EboiOptions> options,
    TimeProvider clock,
    JobSignal signal,
    ILogger<EmailOutbox> logger) : IEmailOutbox
{
    public async Task EnqueueAsync(OutgoingEmail email, CancellationToken ct = default)
    {
        var definition = catalog.Find(email.TemplateKey)
            ?? throw new ArgumentException($"Unknown e-mail template '{email.TemplateKey}'.", nameof(email));
        if (!System.Net.Mail.MailAddress.TryCreate(email.To, out var to))
            throw new ArgumentException($"'{email.To}' is not an e-mail address.", nameof(email));
        var tenantId = db.TenantId ?? throw new InvalidOperationException("E-mail can only be sent for a tenant: set the tenant before enqueuing.");
        var tenant = await tenants.FindByIdAsync(tenantId, ct) ?? await UncommittedTenantAsync(tenantId, ct);

        var (subject, body) = await templates.CurrentTextAsync(definition, ct);
        // The caller's values win, so a module can deliberately point {{portal}} elsewhere.
        var values = StandardValues.For(tenant, options.Value.PublicUrl);
        foreach (var (name, value) in email.Values) values[name] = value;
        var rendered = Render(definition, subject, body, values, tenant);
        if (rendered.MissingPlaceholders.Count > 0)
            logger.LogWarning("E-mail template {Template} of tenant {Tenant} rendered without values for {Placeholders}",
                definition.Key, tenant.Slug, string.Join(", ", rendered.MissingPlaceholders));

        var now = clock.GetUtcNow();
        db.Add(new EmailOutboxMessage
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Id,
            TemplateKey = definition.Key,
            ToAddress = to.Address,
            Subject = rendered.Subject,
            BodyText = rendered.Text,
            BodyHtml = rendered.Html,
            Status = EmailStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        });
        signal.WakeAfterCommit(db);
    }

    // A tenant's edit was valid when saved, but if it no longer renders (a limit, a library change) the message still goes
    // out with the default text rather than not at all; the error is logged for the operator.
    private RenderedEmail Render(EmailTemplateDefinition definition, string subject, string body, IReadOnlyDictionary<string, string> values, TenantInfo tenant)
    {
        try
        {
            return EmailRenderer.Render(definition, subject, body, values);
        }
        catch (TemplateRenderException e) when (subject != definition.Subject || body != definition.Body)
        {
            logger.LogError(e, "E-mail template {Template} of tenant {Tenant} does not render; sending the default text", definition.Key, tenant.Slug);
            return EmailRenderer.Render(definition, definition.Subject, definition.Body, values);
        }
    }

    // A recipe creating a tenant (and its first admin) enqueues inside its transaction, before the registry can know it.
    private async Task<TenantInfo> UncommittedTenantAsync(Guid tenantId, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().Include(t => t.Hosts).FirstOrDefaultAsync(t => t.Id == tenantId, ct)
            ?? throw new InvalidOperationException($"Tenant {tenantId} does not exist.");
        return TenantInfo.From(tenant);
    }
}
