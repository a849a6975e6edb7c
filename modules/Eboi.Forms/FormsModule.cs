using Eboi.Cases;
using Eboi.Core.Audit;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Core.Workflows;
using Eboi.Email;
using Eboi.Forms.Attachments;
using Eboi.Forms.Data;
using Eboi.Forms.Definitions;
using Eboi.Forms.Email;
using Eboi.Forms.Events;
using Eboi.Forms.Filling;
using Eboi.Forms.Receipts;
using Eboi.Forms.Recipes;
using Eboi.Forms.Submitting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Forms;

/// <summary>
/// Electronic forms (issue 11): forms as versioned content of the type "Formularz", citizens' drafts, attachments and
/// submissions, each answered with an UPO signed with the tenant's key, and the FormSubmitted workflow event.
/// </summary>
public sealed class FormsModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Forms"]).</summary>
    public const string ModuleName = "Forms";

    public string Name => ModuleName;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Content, ModuleNames.Email, ModuleNames.Users, CasesModule.ModuleName];

    public IReadOnlyList<PermissionDefinition> Permissions => FormsPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => FormsAuditEvents.All;

    public IReadOnlyList<AdminMenuItem> AdminMenu =>
    [
        new("Formularze", FormsPaths.Admin, FormsPermissions.Manage, 24),
        new("Złożone formularze", FormsPaths.AdminSubmissions, FormsPermissions.View, 25),
    ];

    public IEnumerable<NavigationItem> Navigation(TenantInfo tenant) =>
        [new("Formularze", FormsPaths.List, 35, "Wnioski i deklaracje do wypełnienia i wysłania przez internet, z poświadczeniem odbioru (UPO).")];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<FormCatalog>();
        services.AddScoped<OwnSubmission>();
        services.AddScoped<DraftStore>();
        services.AddScoped<AttachmentIntake>();
        services.AddScoped<UpoKeys>();
        services.AddScoped<FormSubmitter>();
        services.AddScoped<FormInbox>();
        services.AddScoped<CitizenForms>();
        services.AddScoped<ICorrespondenceSource, FormCorrespondence>();
        services.AddScoped<Admin.SubmissionDesk>();
        services.AddScoped<Admin.FormEditor>();
        services.AddScoped<SubmittedForms>();
        services.AddRecipeStep<FormsStep>();
        services.AddRecipeStep<FormsDemoStep>();
        services.AddEmailTemplates(FormEmailTemplates.All);
        services.AddWorkflowEvent<FormSubmitted>(FormWorkflowFields.SubmittedEvent, "Złożono formularz", FormWorkflowFields.Fields, FormWorkflowFields.Project);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => FormsModel.Configure(modelBuilder);
}
