namespace Eboi.Users;

/// <summary>Routes of the users' part of the staff panel (tenant-relative), as their @page directives declare them (a unit test checks).</summary>
public static class UserAdminPaths
{
    public const string Home = "/admin";
    public const string Users = "/admin/uzytkownicy";
    public const string NewUser = "/admin/uzytkownicy/nowy";
    public const string UserDetail = "/admin/uzytkownicy/{id:guid}";
    public const string AuditLog = "/admin/dziennik";

    /// <summary>The page of one account.</summary>
    public static string UserOf(Guid id) => UserDetail.Replace("{id:guid}", id.ToString("N"), StringComparison.Ordinal);
}
