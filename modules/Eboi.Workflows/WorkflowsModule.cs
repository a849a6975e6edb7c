using Eboi.Core.Audit;
using Eboi.Core.Jobs;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Core.Workflows;
using Eboi.Workflows.Admin;
using Eboi.Workflows.Data;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Engine;
using Eboi.Workflows.Notifications;
using Eboi.Workflows.Recipes;
using Eboi.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows;

/// <summary>
/// Procesy: the per-tenant workflow engine. Definitions (versioned data), the event sink that starts and resumes
/// instances, the queue on Core's job loop that runs one step per claim, the built-in tasks, timer and retention jobs,
/// the recipe step "workflows" and the staff panel /admin/procesy.
/// </summary>
public sealed class WorkflowsModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Workflows"]) and tenant settings.</summary>
    public const string ModuleName = "Workflows";

    public string Name => ModuleName;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Email];

    public IReadOnlyList<PermissionDefinition> Permissions => WorkflowsPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => WorkflowsAuditEvents.All;
    public IReadOnlyList<AdminMenuItem> AdminMenu => [new("Procesy", WorkflowsPaths.Admin, WorkflowsPermissions.Manage, 40)];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<WorkflowCatalog>();
        services.AddScoped<WorkflowDefinitions>();
        services.AddScoped<WorkflowStarter>();
        services.AddScoped<WorkflowStepRunner>();
        services.AddScoped<WorkflowInstances>();
        services.AddScoped<StaffNotifications>();
        services.AddScoped<IWorkflowEventSink, WorkflowEventSink>();
        services.AddJobQueue<WorkflowInstanceQueue>();
        services.AddScheduledJob<TimerWorkflowsJob>(TimerWorkflowsJob.Name, TimerWorkflowsJob.Cron, JobScope.Host);
        services.AddScheduledJob<RetentionJob>(RetentionJob.Name, RetentionJob.Cron, JobScope.PerTenant);
        services.AddWorkflowTask<SendEmailTask>();
        services.AddWorkflowTask<NotifyPersonTask>();
        services.AddWorkflowTask<NotifyStaffTask>();
        services.AddWorkflowTask<AssignTask>();
        services.AddWorkflowTask<SetStatusTask>();
        services.AddWorkflowTask<ConditionTask>();
        services.AddWorkflowTask<WaitTask>();
        services.AddWorkflowTask<AuditTask>();
        services.AddRecipeStep<WorkflowsStep>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => WorkflowsModel.Configure(modelBuilder);
}
