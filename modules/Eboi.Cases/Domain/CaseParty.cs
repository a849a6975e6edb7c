using Eboi.Core.Data;

namespace Eboi.Cases.Domain;

/// <summary>A strona of a case: name and PESEL or NIP; <see cref="UserId"/> once linked to the verified account with that number.</summary>
internal sealed class CaseParty : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid CaseId { get; set; }
    public string Name { get; set; } = "";
    public string? Pesel { get; set; }
    public string? Nip { get; set; }
    public Guid? UserId { get; set; }
    public DateTimeOffset? LinkedAt { get; set; }
}
