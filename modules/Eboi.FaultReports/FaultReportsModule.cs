using Eboi.Core.Audit;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Core.Workflows;
using Eboi.Email;
using Eboi.FaultReports.Admin;
using Eboi.FaultReports.Admin.Categories;
using Eboi.FaultReports.Data;
using Eboi.FaultReports.Email;
using Eboi.FaultReports.Events;
using Eboi.FaultReports.Open311;
using Eboi.FaultReports.Public;
using Eboi.FaultReports.Recipes;
using Eboi.FaultReports.Reports;
using Eboi.FaultReports.Submission;
using Eboi.FaultReports.Workflow;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.FaultReports;

/// <summary>
/// Zgłaszanie usterek: citizens report faults at a place on the gmina's map (with photos), moderators approve them and
/// move them through FixMyStreet's statuses with public notes; workflows react to the two events it publishes.
/// </summary>
public sealed class FaultReportsModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["FaultReports"]) and tenant settings.</summary>
    public const string ModuleName = "FaultReports";

    public string Name => ModuleName;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Email];

    public IReadOnlyList<PermissionDefinition> Permissions => FaultReportsPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => FaultReportsAuditEvents.All;
    public IReadOnlyList<AdminMenuItem> AdminMenu =>
    [
        new("Zgłoszenia usterek", FaultReportsPaths.Admin, FaultReportsPermissions.Moderate, 20),
        new("Kategorie usterek", FaultReportsPaths.AdminCategories, FaultReportsPermissions.Moderate, 21),
    ];

    public IEnumerable<NavigationItem> Navigation(TenantInfo tenant) =>
        [new("Zgłoś usterkę", FaultReportsPaths.List, 30, "Dziura w drodze, zepsuta latarnia, dzikie wysypisko: zgłoś na mapie i śledź, co dalej.")];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<FaultReportStore>();
        services.AddScoped<FaultReportSnapshots>();
        services.AddScoped<FaultReportSubmitter>();
        services.AddScoped<PublicReports>();
        services.AddScoped<FaultReportDesk>();
        services.AddScoped<CategoryEditor>();
        services.AddScoped<FaultReportStatusChanger>();
        services.AddSubmissionRateLimit(configuration);
        services.AddEmailTemplates(FaultReportEmailTemplates.All);
        services.AddRecipeStep<FaultReportsStep>();
        services.AddRecipeStep<FaultReportsDemoStep>();
        services.AddWorkflowEvent<FaultReportSubmitted>(FaultReportWorkflowFields.SubmittedEvent, "Zgłoszono usterkę",
            FaultReportWorkflowFields.Common, FaultReportWorkflowFields.Project);
        services.AddWorkflowEvent<FaultReportStatusChanged>(FaultReportWorkflowFields.StatusChangedEvent, "Zmieniono status zgłoszenia usterki",
            FaultReportWorkflowFields.StatusChange, FaultReportWorkflowFields.Project);
        services.AddWorkflowSubjectType<FaultReportSubject>();
        services.AddScoped<IOpen311Backend, FaultReportsOpen311Backend>();
        services.AddApiKeyScope(ApiKeyScopes.Open311, "Open311: zgłoszenia usterek");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => Open311Endpoints.Map(endpoints);

    public void ConfigureModel(ModelBuilder modelBuilder) => FaultReportsModel.Configure(modelBuilder);
}
