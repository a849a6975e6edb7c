using Eboi.Core.Data;

namespace Eboi.Cases.Domain;

/// <summary>The last case number given in a (unit, JRWA class, year) of the gmina's own register (the spis spraw).</summary>
internal sealed class CaseCounter : ITenantOwned
{
    public Guid TenantId { get; set; }
    public string Unit { get; set; } = "";
    public string Jrwa { get; set; } = "";
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
