namespace Eboi.Email;

/// <summary>The e-mail templates every module registered (with AddEmailTemplates): for other modules that let staff pick one, e.g. workflows.</summary>
public interface IEmailTemplateCatalog
{
    /// <summary>All registered templates, in registration order.</summary>
    IReadOnlyList<EmailTemplateDefinition> All { get; }

    /// <summary>The definition of a registered key, or null.</summary>
    EmailTemplateDefinition? Find(string key);
}
