namespace Eboi.Email.Domain;

/// <summary>A template known to eBOI: its default text and the placeholders it may use (standard ones included).</summary>
public sealed record EmailTemplateDefinition(
    string Key,
    string Description,
    string Subject,
    string Body,
    IReadOnlyList<PlaceholderInfo> Placeholders)
{
    public bool Allows(string placeholder) => Placeholders.Any(p => p.Name == placeholder);

    public IReadOnlySet<string> LinkPlaceholders { get; } = Placeholders.Where(p => p.IsLink).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
}
