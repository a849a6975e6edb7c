using Eboi.Core.Data;

namespace Eboi.Cases.Domain;

/// <summary>
/// A pismo in a case: incoming (from the party) or outgoing (from the office, the citizen's "Odebrane"), with its
/// register number, dates and PDF files. <see cref="ExternalId"/> is the EZD's id (null for one added in the staff panel).
/// </summary>
internal sealed class CaseDocument : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid CaseId { get; set; }
    public string? ExternalId { get; set; }

    /// <summary>A <see cref="DocumentDirections"/> value.</summary>
    public string Direction { get; set; } = DocumentDirections.Out;
    public string? RegisterNumber { get; set; }
    public string Title { get; set; } = "";
    public DateOnly DocumentDate { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Values of <see cref="CaseDocument.Direction"/> (stored and sent by the EZD API: never rename).</summary>
internal static class DocumentDirections
{
    public const string In = "przychodzace";
    public const string Out = "wychodzace";

    public static readonly IReadOnlyList<string> All = [In, Out];

    public static string Label(string direction) => direction == In ? "przychodzące" : "wychodzące";
}
