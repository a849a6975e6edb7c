using Eboi.Core.Audit;

namespace Eboi.HostPanel;

/// <summary>What the hosting provider did to a tenant, in the tenant's own audit log (names are stored: never rename them).</summary>
public static class HostPanelAuditEvents
{
    public static readonly AuditEvent TenantCreated = new("TenantCreated", "Utworzenie urzędu (operator)");
    public static readonly AuditEvent TenantDisabled = new("TenantDisabled", "Wyłączenie portalu (operator)");
    public static readonly AuditEvent TenantEnabled = new("TenantEnabled", "Włączenie portalu (operator)");
    public static readonly AuditEvent TenantHostsChanged = new("TenantHostsChanged", "Zmiana adresów portalu (operator)");

    public static readonly IReadOnlyList<AuditEvent> All = [TenantCreated, TenantDisabled, TenantEnabled, TenantHostsChanged];
}
