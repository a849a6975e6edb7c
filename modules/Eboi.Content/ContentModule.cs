using Eboi.Content.Data;
using Eboi.Content.Recipes;
using Eboi.Core.Audit;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Core.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Content;

/// <summary>Content types as data, versioned items, and the tenant pages (home, pages, regulamin, contact, accessibility).</summary>
public sealed class ContentModule : IEboiModule
{
    public string Name => ModuleNames.Content;
    public bool AlwaysEnabled => true;

    public IReadOnlyList<PermissionDefinition> Permissions => ContentPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => ContentAuditEvents.All;

    public IReadOnlyList<AdminMenuItem> AdminMenu => [new("Strony i regulamin", ContentPaths.AdminPages, ContentPermissions.Edit, 20)];

    public IEnumerable<NavigationItem> Navigation(TenantInfo tenant) =>
    [
        new("Strona główna", ContentPaths.Home, 0),
        new("Pomoc", "/pomoc", 80, "Jak korzystać z portalu: konto, katalog spraw, płatności."),
        new("Kontakt", ContentPaths.Contact, 90, "Adres urzędu, telefony, godziny pracy."),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ContentService>();
        services.AddScoped<ContentTypeService>();
        services.AddScoped<ContentQueries>();
        services.AddScoped<RegulaminReader>();
        services.AddContentRecipeSteps();
        services.AddWorkflowEvent<ContentPublished>(ContentPublished.WorkflowName, "Opublikowano treść", ContentPublished.Fields, e => e.ToWorkflow());
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => ContentModel.Configure(modelBuilder);
}
