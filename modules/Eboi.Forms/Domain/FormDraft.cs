using Eboi.Core.Data;

namespace Eboi.Forms.Domain;

/// <summary>
/// A citizen's unfinished form (wersja robocza): answers so far against one form version. Only its owner reaches it.
/// Submitting it creates a <see cref="FormSubmission"/> with the same id and removes the draft.
/// </summary>
internal sealed class FormDraft : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid FormItemId { get; set; }
    public int FormVersion { get; set; }
    public string FormSlug { get; set; } = "";
    public string FormTitle { get; set; } = "";
    public Dictionary<string, string> Answers { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
