using Eboi.Email.Domain;

namespace Eboi.Email.Templates;

/// <summary>
/// Every template the modules registered with <see cref="EmailTemplateRegistrationExtensions.AddEmailTemplates"/>, in
/// registration order. Built once; a duplicate key or a default that does not pass validation stops the start-up.
/// </summary>
internal sealed class EmailTemplateCatalog : IEmailTemplateCatalog
{
    private readonly Dictionary<string, EmailTemplateDefinition> _byKey = new(StringComparer.Ordinal);

    public EmailTemplateCatalog(IEnumerable<EmailTemplateRegistration> registrations)
    {
        All = registrations.SelectMany(r => r.Templates).ToList();
        foreach (var template in All)
        {
            if (!_byKey.TryAdd(template.Key, template))
                throw new InvalidOperationException($"E-mail template '{template.Key}' is registered twice.");
            var errors = EmailTemplateValidator.Validate(template, template.Subject, template.Body);
            if (errors.Count > 0)
                throw new InvalidOperationException($"The default of e-mail template '{template.Key}' is not valid: {string.Join(" ", errors.Select(e => e.Message))}");
        }
    }

    public IReadOnlyList<EmailTemplateDefinition> All { get; }

    /// <summary>The definition of a registered key, or null.</summary>
    public EmailTemplateDefinition? Find(string key) => _byKey.GetValueOrDefault(key);
}

/// <summary>One module's templates, as registered in its ConfigureServices.</summary>
internal sealed record EmailTemplateRegistration(IReadOnlyList<EmailTemplateDefinition> Templates);
