using Eboi.Core.Jobs;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Email.Data;
using Eboi.Email.Delivery;
using Eboi.Email.Outbox;
using Eboi.Email.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Email;

/// <summary>E-mail: per-tenant templates, the transactional outbox, and its queue on Core's job loop, which delivers for every tenant.</summary>
public sealed class EmailModule : IEboiModule
{
    public string Name => ModuleNames.Email;
    public bool AlwaysEnabled => true;

    public IReadOnlyList<PermissionDefinition> Permissions => EmailPermissions.All;

    public IReadOnlyList<AdminMenuItem> AdminMenu => [new("Szablony e-mail", EmailAdminPaths.Templates, EmailPermissions.Templates, 60)];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // Read when first resolved, not now: test hosts and the CLI add their settings after modules register.
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<EmailTemplateCatalog>();
        services.AddSingleton<IEmailTemplateCatalog>(sp => sp.GetRequiredService<EmailTemplateCatalog>());
        services.AddScoped<EmailTemplateService>();
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddSingleton<IMailTransportResolver, MailTransportResolver>();
        services.AddSingleton<MailMessageFactory>();
        // Delivered by Core's one job loop, as a sibling of the domain-event queue.
        services.AddJobQueue<EmailOutboxQueue>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => EmailModel.Configure(modelBuilder);
}
