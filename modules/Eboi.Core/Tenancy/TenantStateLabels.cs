namespace Eboi.Core.Tenancy;

/// <summary>Polish names of a tenant's state.</summary>
public static class TenantStateLabels
{
    public static string Of(TenantState state) => state == TenantState.Active ? "aktywny" : "wyłączony";
}
