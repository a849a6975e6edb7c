using Eboi.Core.Audit;
using Eboi.Core.Jobs;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Core.Workflows;
using Eboi.Email;
using Eboi.Payments.Admin;
using Eboi.Payments.Completion;
using Eboi.Payments.Data;
using Eboi.Payments.Email;
using Eboi.Payments.FakeGateway;
using Eboi.Payments.Gateway;
using Eboi.Payments.History;
using Eboi.Payments.Notifications;
using Eboi.Payments.Online;
using Eboi.Payments.Recipes;
using Eboi.Payments.Reconciliation;
using Eboi.Payments.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eboi.Payments;

/// <summary>
/// Paying what a citizen owes: the transfer form with the ZBP QR code and online payment through a Przelewy24-protocol
/// gateway (issue 10). Holds the protocol rules, the payment lifecycle and its tables.
/// </summary>
public sealed class PaymentsModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Payments"]).</summary>
    public const string ModuleName = "Payments";

    // Przelewy24 asks for 10 s to connect and 30 s in all (standards.md §6.1).
    private static readonly TimeSpan GatewayTimeout = TimeSpan.FromSeconds(30);

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

        // The online engine: gateway adapter, start, notifications, reconciliation, the recipe's fee table.
        services.AddOptions<PaymentsOptions>().Bind(configuration.GetSection(PaymentsOptions.Section));
        services.AddSingleton<MerchantSecrets>();
        services.AddScoped<TenantGatewaySettings>();
        services.AddHttpClient<Przelewy24Client>(c => c.Timeout = GatewayTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10) });
        services.AddScoped<PaymentCompletion>();
        services.AddScoped<GatewayStatusCheck>();
        services.AddScoped<IOnlinePayments, OnlinePayments>();
        services.AddScoped<PaymentCancellation>();
        services.AddScoped<NotificationReceiver>();
        services.AddSingleton(sp => new NotificationSources(sp.GetRequiredService<IOptions<PaymentsOptions>>().Value.NotificationSources));
        var perMinute = configuration.GetValue($"{PaymentsOptions.Section}:{nameof(PaymentsOptions.NotificationsPerMinute)}", new PaymentsOptions().NotificationsPerMinute);
        services.AddRateLimiter(o => o.AddPolicy(NotificationEndpoint.RateLimit,
            ctx => PostRateLimit.PerClient(ctx, NotificationEndpoint.RateLimit, perMinute, TimeSpan.FromMinutes(1))));
        services.AddScheduledJob<ReconcilePaymentsJob>(ReconcilePaymentsJob.Name, ReconcilePaymentsJob.Cron, JobScope.PerTenant);
        services.AddRecipeStep<PaymentsStep>();
        // Registered always, mapped only when enabled (MapEndpoints).
        services.AddSingleton<FakeGatewayLedger>();
        services.AddHttpClient<FakeNotifier>(c => c.Timeout = GatewayTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectCallback = FakeNotifier.ConnectLoopbackAsync });
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        NotificationEndpoint.Map(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<PaymentsOptions>>().Value.FakeGateway.Enabled) FakeGatewayEndpoints.Map(endpoints);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => PaymentsModel.Configure(modelBuilder);
}
