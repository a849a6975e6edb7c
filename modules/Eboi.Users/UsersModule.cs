using Eboi.Core.Audit;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Core.Workflows;
using Eboi.Email;
using Eboi.Users.Data;
using Eboi.Users.Domain;
using Eboi.Users.ForgotPassword;
using Eboi.Users.Login;
using Eboi.Users.Recipes;
using Eboi.Users.Registration;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Users;

/// <summary>Accounts per tenant on ASP.NET Identity: registration, activation, login, password reset, profile.</summary>
public sealed class UsersModule : IEboiModule
{
    /// <summary>How often a session is re-checked against its account (security stamp, block): the longest a blocked user keeps working.</summary>
    public static readonly TimeSpan SessionCheckInterval = TimeSpan.FromMinutes(1);

    public string Name => ModuleNames.Users;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Content, ModuleNames.Email];
    public bool AlwaysEnabled => true;

    public IReadOnlyList<PermissionDefinition> Permissions => UsersPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => UsersAuditEvents.All;

    public IReadOnlyList<AdminMenuItem> AdminMenu =>
    [
        new("Pulpit", UserAdminPaths.Home, null, 0),
        new("Użytkownicy", UserAdminPaths.Users, UsersPermissions.Manage, 10),
        new("Dziennik zdarzeń", UserAdminPaths.AuditLog, UsersPermissions.AuditView, 90),
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<EboiUser>(o =>
            {
                // PasswordPolicy (seed 003 + common passwords) replaces Identity's character-class switches.
                o.Password.RequiredLength = PasswordPolicy.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                // Only the account's own pages count failures here (a session guessing the password); login failures
                // go to LoginThrottle, per source, so nobody can lock an owner out from elsewhere.
                o.Lockout.MaxFailedAccessAttempts = LoginThrottle.MaxFailuresPerSource;
                o.Lockout.DefaultLockoutTimeSpan = LoginThrottle.Window;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
            })
            .AddRoles<EboiRole>()
            .AddUserStore<EboiUserStore>()
            .AddRoleStore<EboiRoleStore>()
            .AddErrorDescriber<PolishIdentityErrors>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddClaimsPrincipalFactory<TenantClaimsFactory>()
            .AddSignInManager<EboiSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = RegistrationService.ActivationValidity);
        // Blocks, role changes, new passwords, deletions and revoked verifications reach a signed-in user within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = SessionCheckInterval);

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".eboi.konto";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.CookieManager = new TenantCookieManager();
            o.LoginPath = UserPaths.Login;
            o.LogoutPath = UserPaths.Logout;
            o.AccessDeniedPath = "/blad/403";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = TenantPrincipalValidator.ValidateAsync;
            // A signed-in user without the permission gets the Polish 403 page, not a redirect.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (ctx.HttpContext.Items.ContainsKey(TenantPrincipalValidator.ForeignCookie)) ctx.Response.StatusCode = Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden;
                else ctx.Response.Redirect(Core.Web.RedirectLocations.Relative(ctx.RedirectUri));
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization();
        services.AddAccountRateLimits(configuration);

        services.AddScoped<LoginService>();
        services.AddScoped<Profile.PasswordConfirmation>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<PasswordResetService>();
        services.AddScoped<Admin.UserAdministration>();
        services.AddScoped<Invitation.InvitationService>();
        services.AddScoped<Verification.IIdentityVerificationProvider, Verification.StaffVerificationProvider>();
        services.AddScoped<RegulaminAcceptance.CurrentRegulamin>();
        services.AddScoped<IStaffDirectory, Staff.StaffDirectory>();
        services.AddScoped<ICitizenDirectory, Citizens.CitizenDirectory>();
        services.AddScoped<VerifiedCitizenGate>();
        services.AddScoped<Core.Notifications.INotificationRecipients, Notifications.NotificationRecipients>();
        services.AddWorkflowEvent<UserRegistered>(UserRegistered.WorkflowName, "Zarejestrowano konto", UserRegistered.Fields, e => e.ToWorkflow());
        services.AddScoped<Content.IContentEventHandler, RegulaminAcceptance.RegulaminCacheEviction>();
        services.AddMemoryCache();
        services.AddUsersRecipeSteps();
        services.AddEmailTemplates(Email.AccountEmailTemplates.All);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => UsersModel.Configure(modelBuilder);

    /// <summary>After authorization: a signed-in user who has not accepted the current regulamin is sent to accept it.</summary>
    public void ConfigurePipeline(IApplicationBuilder app) => app.UseMiddleware<RegulaminAcceptance.RegulaminAcceptanceMiddleware>();
}
