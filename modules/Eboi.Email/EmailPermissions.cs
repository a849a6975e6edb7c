using Eboi.Core.Security;

namespace Eboi.Email;

/// <summary>The Email module's permissions.</summary>
public static class EmailPermissions
{
    public const string Templates = "email.templates";

    public static readonly IReadOnlyList<PermissionDefinition> All = [new(Templates, "Edycja szablonów wiadomości e-mail")];
}
