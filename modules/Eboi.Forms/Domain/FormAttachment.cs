using Eboi.Core.Data;

namespace Eboi.Forms.Domain;

/// <summary>
/// A file attached to a form field. <see cref="ParentId"/> is the draft's id, which the submission keeps, so a file
/// stays attached across submitting. The bytes are in the file store under <see cref="FileKey"/>.
/// </summary>
internal sealed class FormAttachment : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid ParentId { get; set; }
    public string Field { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string FileKey { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
