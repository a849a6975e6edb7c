using Eboi.Cases.Admin;
using Eboi.Cases.Api;
using Eboi.Cases.Citizen;
using Eboi.Cases.Correspondence;
using Eboi.Cases.Data;
using Eboi.Cases.Email;
using Eboi.Cases.Events;
using Eboi.Cases.Import;
using Eboi.Cases.Inbox;
using Eboi.Cases.Recipes;
using Eboi.Core.Audit;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Core.Workflows;
using Eboi.Email;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Cases;

/// <summary>
/// Sprawy (issue 11): cases with their znak, stages, parties, officer and documents fed by the gmina's EZD through an
/// API (or kept in the staff register), the citizen's /sprawy and /korespondencja, "Napisz do prowadzącego", and the
/// inbox the EZD pulls what citizens sent from.
/// </summary>
public sealed class CasesModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Cases"]).</summary>
    public const string ModuleName = "Cases";

    public string Name => ModuleName;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Email, ModuleNames.Users];
    public IReadOnlyList<PermissionDefinition> Permissions => CasesPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => CasesAuditEvents.All;
    public IReadOnlyList<AdminMenuItem> AdminMenu => [new("Sprawy", CasesPaths.Admin, CasesPermissions.View, 35)];

    public IEnumerable<NavigationItem> Navigation(TenantInfo tenant) =>
        [new("Moje sprawy", CasesPaths.MyCases, 27, "Stan Twoich spraw w urzędzie, pisma do pobrania i kontakt z osobą prowadzącą.")];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICaseInbox, CaseInbox>();
        services.AddScoped<InboxPull>();
        services.AddScoped<InboxItemView>();
        services.AddScoped<ICorrespondenceSource, CaseCorrespondence>();
        services.AddScoped<PartyLinker>();
        services.AddScoped<MyCases>();
        services.AddScoped<CaseDetails>();
        services.AddScoped<OfficerMessenger>();
        services.AddScoped<CaseNotifications>();
        services.AddScoped<CaseImporter>();
        services.AddScoped<CaseRegister>();
        services.AddRecipeStep<CasesDemoStep>();
        services.AddApiKeyScope(CasesApiRoutes.Scope, "Sprawy: wymiana spraw, pism i korespondencji z systemem EZD");
        services.AddEmailTemplates(CasesEmailTemplates.All);
        services.AddWorkflowEvent<CaseDocumentSent>(CaseWorkflowFields.DocumentSentEvent, "Nowe pismo wychodzące w sprawie",
            CaseWorkflowFields.DocumentFields, CaseWorkflowFields.Project);
        services.AddWorkflowEvent<CaseStageChanged>(CaseWorkflowFields.StageChangedEvent, "Nowy etap sprawy",
            CaseWorkflowFields.StageFields, CaseWorkflowFields.Project);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CasesApiEndpoints.Map(endpoints);

    public void ConfigureModel(ModelBuilder modelBuilder) => CasesModel.Configure(modelBuilder);
}
