namespace Eboi.Forms.Domain;

/// <summary>One version of a form as the citizen fills it: the content item, its version number, slug, title and data.</summary>
internal sealed record FormDefinition(Guid ItemId, int Version, string Slug, string Title, FormContent Content)
{
    public IReadOnlyList<FormField> Fields => Content.Fields;
}
