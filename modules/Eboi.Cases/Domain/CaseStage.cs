using Eboi.Core.Data;

namespace Eboi.Cases.Domain;

/// <summary>One step of a case's timeline (e.g. "Wszczęcie postępowania"), in date order, with an optional note.</summary>
internal sealed class CaseStage : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid CaseId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public DateOnly Date { get; set; }
    public string? Note { get; set; }
}
