using Eboi.Core.Audit;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Core.Workflows;
using Eboi.Email;
using Eboi.Payments.Admin;
using Eboi.Payments.Data;
using Eboi.Payments.Email;
using Eboi.Payments.History;
using Eboi.Payments.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Payments;

/// <summary>
/// Paying what a citizen owes: the transfer form with the ZBP QR code and online payment through a Przelewy24-protocol
/// gateway (issue 10). Holds the protocol rules, the payment lifecycle and its tables.
/// </summary>
public sealed class PaymentsModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Payments"]).</summary>
    public const string ModuleName = "Payments";

    public string Name => ModuleName;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Email];

    public IReadOnlyList<PermissionDefinition> Permissions => PaymentsPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => PaymentsAuditEvents.All;
    public IReadOnlyList<AdminMenuItem> AdminMenu => [new("Płatności", PaymentsPaths.Admin, PaymentsPermissions.View, 30)];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // Pages: the citizen's history, the staff list, detail and export; the confirmation e-mail through workflows.
        services.AddScoped<PaymentHistory>();
        services.AddScoped<PaymentDesk>();
        services.AddEmailTemplates(PaymentEmailTemplates.All);
        services.AddWorkflowEvent<PaymentSucceeded>(PaymentWorkflowFields.PaidEvent, "Opłacono płatność", PaymentWorkflowFields.Fields, PaymentWorkflowFields.Project);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => PaymentsModel.Configure(modelBuilder);
}
