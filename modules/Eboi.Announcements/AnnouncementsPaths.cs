namespace Eboi.Announcements;

/// <summary>Routes of the announcements module (under the tenant's base path).</summary>
public static class AnnouncementsPaths
{
    public const string Admin = "/admin/ogloszenia";
    public const string AdminNew = "/admin/ogloszenia/nowe";

    public static string AdminEdit(Guid id) => $"/admin/ogloszenia/{id:N}";
}
