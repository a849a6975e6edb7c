using Eboi.Email.Domain;

namespace Eboi.Email.Templates;

/// <summary>A template as the tenant's staff see it: current text, whether it differs from the default, what it may use.</summary>
internal sealed record EmailTemplateView(
    string Key,
    string Description,
    string Subject,
    string Body,
    bool IsCustomised,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy,
    IReadOnlyList<PlaceholderInfo> Placeholders);
