using Eboi.Core.Modules;
using Eboi.Payments;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Data;
using Eboi.Taxes.Settlement;
using Eboi.Core.Events;
using Eboi.Core.Audit;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Taxes.Admin;
using Eboi.Taxes.Api;
using Eboi.Taxes.Import;
using Eboi.Taxes.Recipes;
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
    public IReadOnlyList<string> Dependencies => [PaymentsModule.ModuleName];
    public IReadOnlyList<PermissionDefinition> Permissions => TaxesPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => TaxesAuditEvents.All;
    public IReadOnlyList<AdminMenuItem> AdminMenu =>
    [
        new("Podatnicy", TaxesPaths.AdminTaxpayers, TaxesPermissions.View, 30),
        new("Import kartotek", TaxesPaths.AdminImport, TaxesPermissions.Import, 31),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CardLedger>();
        services.AddScoped<MyCards>();
        services.AddScoped<InstalmentSettler>();
        services.AddEventHandler<PaymentSucceeded, SettleOnlinePayment>();
        services.AddScoped<TaxImporter>();
        services.AddScoped<TaxpayerDesk>();
        services.AddApiKeyScope(ApiKeyScopes.Taxes, "Podatki: import kartotek z systemu podatkowego");
        services.AddRecipeStep<TaxesDemoStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => TaxImportEndpoint.Map(endpoints);

    public void ConfigureModel(ModelBuilder modelBuilder) => TaxesModel.Configure(modelBuilder);
}
