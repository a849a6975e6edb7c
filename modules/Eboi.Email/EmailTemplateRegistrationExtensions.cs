using Eboi.Email.Domain;
using Eboi.Email.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Email;

/// <summary>How a module contributes its e-mail templates: call from its ConfigureServices.</summary>
public static class EmailTemplateRegistrationExtensions
{
    /// <summary>
    /// Registers templates (usually made with <see cref="EmailTemplateDefinition.Define"/>); they appear on the staff
    /// template list and can be sent with <see cref="IEmailOutbox.EnqueueAsync"/> by key.
    /// </summary>
    public static IServiceCollection AddEmailTemplates(this IServiceCollection services, params IEnumerable<EmailTemplateDefinition> templates)
    {
        services.AddSingleton(new EmailTemplateRegistration([.. templates]));
        return services;
    }
}
