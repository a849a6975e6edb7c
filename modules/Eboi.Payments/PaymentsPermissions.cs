using Eboi.Core.Security;

namespace Eboi.Payments;

/// <summary>The payments module's permissions.</summary>
public static class PaymentsPermissions
{
    public const string View = "payments.view";

    public static readonly IReadOnlyList<PermissionDefinition> All = [new(View, "Przeglądanie płatności")];
}
