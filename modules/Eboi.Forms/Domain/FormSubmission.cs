using Eboi.Core.Data;

namespace Eboi.Forms.Domain;

/// <summary>
/// A sent form: the exact form version, the answers, the submitted document (canonical JSON, kept byte for byte: its
/// SHA-256 is in the UPO), the sender and addressee, and the signed UPO. Never changed after it is written.
/// </summary>
internal sealed class FormSubmission : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid FormItemId { get; set; }
    public int FormVersion { get; set; }
    public string FormSlug { get; set; } = "";
    public string FormTitle { get; set; } = "";
    public Dictionary<string, string> Answers { get; set; } = [];

    /// <summary>The submitted document as UTF-8 JSON text (not jsonb: its bytes are what the digest covers).</summary>
    public string Document { get; set; } = "";
    public string DocumentSha256 { get; set; } = "";
    public string SenderName { get; set; } = "";
    public string SenderEmail { get; set; } = "";
    public string? SenderPesel { get; set; }
    public string? SenderNip { get; set; }
    public string Department { get; set; } = "";
    public string? DepartmentEmail { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public Guid UpoId { get; set; }

    /// <summary>The signed UPO exactly as issued.</summary>
    public string UpoXml { get; set; } = "";

    /// <summary>The item queued for the office's EZD (Cases' inbox); its acknowledgement carries the register number.</summary>
    public Guid? InboxItemId { get; set; }
}
