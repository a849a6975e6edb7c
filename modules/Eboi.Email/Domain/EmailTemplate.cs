using Eboi.Core.Data;

namespace Eboi.Email.Domain;

/// <summary>A tenant's customised version of a template; without a row the default from code is used.</summary>
internal sealed class EmailTemplate : ITenantOwned
{
    public Guid TenantId { get; set; }
    public string Key { get; set; } = "";
    public string Subject { get; set; } = "";

    /// <summary>Plain text with Liquid ({{ imie }}); the HTML part is derived from it.</summary>
    public string Body { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
