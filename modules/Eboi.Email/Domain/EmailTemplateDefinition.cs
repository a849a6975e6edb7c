using Eboi.Email.Domain;
namespace Eboi.Email;

/// <summary>A template a module sends: its key, Polish description, default Liquid text and the values it may use (standard ones included).</summary>
public sealed record EmailTemplateDefinition(
    string Key,
    string Description,
    string Subject,
    string Body,
    IReadOnlyList<PlaceholderInfo> Placeholders)
{
    /// <summary>
    /// The usual way a module defines a template: the standard values (gmina, urzad, adres, portal) are added to
    /// <paramref name="values"/> and the common signature to the body.
    /// </summary>
    public static EmailTemplateDefinition Define(string key, string description, string subject, string body, params PlaceholderInfo[] values) =>
        new(key, description, subject, body + StandardPlaceholders.Signature, [.. StandardPlaceholders.All, .. values]);

    public bool Allows(string placeholder) => Placeholders.Any(p => p.Name == placeholder);

    public IReadOnlySet<string> LinkPlaceholders { get; } = Placeholders.Where(p => p.IsLink).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
}
