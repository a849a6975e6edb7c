using Eboi.Announcements.Admin;
using Eboi.Announcements.Data;
using Eboi.Announcements.Email;
using Eboi.Announcements.Events;
using Eboi.Announcements.Home;
using Eboi.Announcements.Recipes;
using Eboi.Core.Audit;
using Eboi.Core.Events;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Core.Web;
using Eboi.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Announcements;

/// <summary>
/// Ogłoszenia: short notices the office puts on its home page for a chosen period. The table of contents of a small
/// module: its permission, audit events, staff menu entry, home page block, recipe step, e-mail template and event.
/// </summary>
public sealed class AnnouncementsModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Announcements"]) and tenant settings.</summary>
    public const string ModuleName = "Announcements";

    public string Name => ModuleName;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Email];

    public IReadOnlyList<PermissionDefinition> Permissions => AnnouncementsPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => AnnouncementsAuditEvents.All;
    public IReadOnlyList<AdminMenuItem> AdminMenu => [new("Ogłoszenia", AnnouncementsPaths.Admin, AnnouncementsPermissions.Manage, 12)];
    public IReadOnlyList<HomePageSection> HomePageSections => [new(AnnouncementsViewComponent.Name, 10)];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AnnouncementBoard>();
        services.AddScoped<AnnouncementEditor>();
        services.AddRecipeStep<AnnouncementsStep>();
        services.AddEmailTemplates(AnnouncementEmailTemplates.All);
        services.AddEventHandler<AnnouncementAdded, OfficeCopyOfNewAnnouncement>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => AnnouncementsModel.Configure(modelBuilder);
}
