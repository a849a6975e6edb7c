using Eboi.Core.Modules;
using Eboi.Email.Data;
using Eboi.Email.Delivery;
using Eboi.Email.Outbox;
using Eboi.Email.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Email;

/// <summary>E-mail: per-tenant templates, the transactional outbox, and the one worker that delivers for every tenant.</summary>
public sealed class EmailModule : IEboiModule
{
    public string Name => ModuleNames.Email;
    public bool AlwaysEnabled => true;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // Read when first resolved, not now: test hosts and the CLI add their settings after modules register.
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<EmailTemplateCatalog>();
        services.AddScoped<EmailTemplateService>();
        services.AddSingleton<Eboi.Core.Security.IAdminMenuProvider, Admin.EmailAdminMenu>();
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IMailTransportResolver, MailTransportResolver>();
        services.AddSingleton<MailMessageFactory>();
        services.AddHostedService<OutboxDeliveryService>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => EmailModel.Configure(modelBuilder);
}
