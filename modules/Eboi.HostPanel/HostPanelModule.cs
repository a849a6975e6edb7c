using Eboi.Core.Audit;
using Eboi.Core.Cli;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.HostPanel.Accounts;
using Eboi.HostPanel.Cli;
using Eboi.HostPanel.Data;
using Eboi.HostPanel.Domain;
using Eboi.HostPanel.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.HostPanel;

/// <summary>
/// The hosting provider's panel at host level /admin: its own operator accounts and cookie (never a tenant user),
/// the tenants list, creating a tenant from a recipe, host names, disable and enable.
/// </summary>
public sealed class HostPanelModule : IEboiModule
{
    public const string LoginRateLimit = "operator-logowanie";

    public string Name => ModuleNames.HostPanel;
    public bool AlwaysEnabled => true;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Recipes];

    public IReadOnlyList<AuditEvent> AuditEvents => HostPanelAuditEvents.All;

    public IReadOnlyList<AdminMenuItem> AdminMenu =>
    [
        new("Urzędy", HostPanelPaths.Tenants, null, 10, Host: true),
        new("Nowy urząd", HostPanelPaths.NewTenant, null, 20, Host: true),
    ];

    public IReadOnlyList<ICliCommand> CliCommands =>
    [
        new TenantCreateCommand(),
        new TenantListCommand(),
        new TenantStateCommand(TenantState.Disabled),
        new TenantStateCommand(TenantState.Active),
        new OperatorCreateCommand(),
        new OperatorResetCommand(),
        new OperatorBlockCommand(blocked: true),
        new OperatorBlockCommand(blocked: false),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOperatorAuthentication();
        services.AddSingleton<IPasswordHasher<HostOperator>, PasswordHasher<HostOperator>>();
        services.AddScoped<OperatorAccounts>();
        services.AddScoped<DemoOperatorSeeder>();
        services.AddSingleton<RecipeFiles>();
        services.AddScoped<TenantCreator>();
        services.AddScoped<TenantAdminInvitations>();
        services.AddScoped<TenantAdministration>();

        var limit = configuration.GetValue("Eboi:HostPanel:LoginAttemptsPerWindow", 20);
        var window = TimeSpan.FromMinutes(configuration.GetValue("Eboi:HostPanel:LoginWindowMinutes", 10));
        services.AddRateLimiter(o => o.AddPolicy(LoginRateLimit, ctx => PostRateLimit.PerClient(ctx, LoginRateLimit, limit, window)));
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => HostPanelModel.Configure(modelBuilder);
}
