namespace Eboi.Core.Audit;

/// <summary>
/// A kind of event the audit log records, declared by the module that records it: <see cref="Name"/> is what the
/// audit_log.event column stores (stable, never renamed), <see cref="Label"/> what the staff panel shows.
/// </summary>
public sealed record AuditEvent(string Name, string Label);
