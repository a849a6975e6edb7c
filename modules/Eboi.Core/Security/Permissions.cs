namespace Eboi.Core.Security;

/// <summary>
/// The mechanism of permissions: a role (data, per tenant, seeded by recipes) holds permission names, carried as
/// claims of this type. The permissions themselves belong to their modules (<see cref="Modules.IEboiModule.Permissions"/>).
/// </summary>
public static class Permissions
{
    public const string ClaimType = "eboi:permission";
}
