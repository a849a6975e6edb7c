using Eboi.Content;
using Eboi.Forms.Domain;

namespace Eboi.Forms.Definitions;

/// <summary>The current tenant's forms as citizens see them: the published versions, and any version a submission names.</summary>
internal sealed class FormCatalog(ContentService content)
{
    public async Task<IReadOnlyList<FormDefinition>> PublishedAsync(CancellationToken ct) =>
        [.. (await content.ListPublishedAsync(FormContentType.Name, ct)).Select(FormContentType.From)];

    public async Task<FormDefinition?> PublishedAsync(string slug, CancellationToken ct) =>
        await content.GetPublishedAsync(FormContentType.Name, slug, ct) is { } v ? FormContentType.From(v) : null;

    /// <summary>The exact version a draft or submission was filled against (it stays readable after newer ones are published).</summary>
    public async Task<FormDefinition?> VersionAsync(Guid itemId, int number, CancellationToken ct) =>
        (await content.HistoryAsync(itemId, ct)).FirstOrDefault(v => v.Number == number && v.ContentType == FormContentType.Name) is { } v
            ? FormContentType.From(v) : null;
}
