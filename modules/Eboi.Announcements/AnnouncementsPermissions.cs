using Eboi.Core.Security;

namespace Eboi.Announcements;

/// <summary>The announcements module's permission.</summary>
public static class AnnouncementsPermissions
{
    public const string Manage = "announcements.manage";

    public static readonly IReadOnlyList<PermissionDefinition> All =
        [new(Manage, "Ogłoszenia na stronie głównej: dodawanie, zmiana, usuwanie")];
}
