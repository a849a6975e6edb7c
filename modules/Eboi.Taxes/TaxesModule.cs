using Eboi.Core.Audit;
using Eboi.Core.Events;
using Eboi.Core.Jobs;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Core.Workflows;
using Eboi.Email;
using Eboi.Payments;
using Eboi.Taxes.Admin;
using Eboi.Taxes.Api;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Data;
using Eboi.Taxes.Import;
using Eboi.Taxes.Linking;
using Eboi.Taxes.Recipes;
using Eboi.Taxes.Reminders;
using Eboi.Taxes.Settlement;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Taxes;

/// <summary>
/// Kartoteki podatkowe: taxpayers' cards, decisions with their instalments, interest on arrears and the allocation of
/// payments (issue 10); citizens see their linked cards under /platnosci and pay through Payments.
/// </summary>
public sealed class TaxesModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Taxes"]).</summary>
    public const string ModuleName = "Taxes";

    public string Name => ModuleName;
    public IReadOnlyList<string> Dependencies => [PaymentsModule.ModuleName, ModuleNames.Email, ModuleNames.Users];
    public IReadOnlyList<PermissionDefinition> Permissions => TaxesPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => TaxesAuditEvents.All;
    public IReadOnlyList<AdminMenuItem> AdminMenu =>
    [
        new("Podatnicy", TaxesPaths.AdminTaxpayers, TaxesPermissions.View, 30),
        new("Import kartotek", TaxesPaths.AdminImport, TaxesPermissions.Import, 31),
    ];

    public IEnumerable<NavigationItem> Navigation(TenantInfo tenant) =>
        [new("Podatki i opłaty", TaxesPaths.MyCards, 25, "Twoje kartoteki podatkowe, raty i odsetki; zapłać online albo przelewem.")];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CardLedger>();
        services.AddScoped<MyCards>();
        services.AddScoped<TaxpayerLinker>();
        services.AddScoped<InstalmentSettler>();
        services.AddEventHandler<PaymentSucceeded, SettleOnlinePayment>();
        services.AddScoped<TaxImporter>();
        services.AddScoped<TaxpayerDesk>();
        services.AddApiKeyScope(ApiKeyScopes.Taxes, "Podatki: import kartotek z systemu podatkowego");
        services.AddRecipeStep<TaxesDemoStep>();
        services.AddScoped<CardDetails>();
        services.Configure<TaxesOptions>(configuration.GetSection(TaxesOptions.Section));
        services.AddEmailTemplates(TaxesEmailTemplates.All);
        services.AddWorkflowEvent<InstalmentReminderDue>(ReminderWorkflowFields.Event, "Przypomnienie o terminie raty",
            ReminderWorkflowFields.All, ReminderWorkflowFields.Project);
        services.AddScheduledJob<InstalmentRemindersJob>(InstalmentRemindersJob.Name, InstalmentRemindersJob.Cron, JobScope.PerTenant);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => TaxImportEndpoint.Map(endpoints);

    public void ConfigureModel(ModelBuilder modelBuilder) => TaxesModel.Configure(modelBuilder);
}
