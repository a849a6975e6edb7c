using System.Text.RegularExpressions;
using Eboi.Content;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;

namespace Eboi.Forms.Admin;

/// <summary>
/// The form builder's writes, all through <see cref="ContentService"/>: saving makes a new draft version (audited),
/// publishing makes one version the form citizens fill (older ones stay in the history; sent forms keep theirs).
/// </summary>
internal sealed partial class FormEditor(ContentService content, ContentTypeService types, EboiDbContext db, AuditLog audit)
{
    public Task<IReadOnlyList<ContentItemSummary>> ListAsync(CancellationToken ct) => content.ListItemsAsync([FormContentType.Name], ct);

    public async Task<(ContentItem Item, IReadOnlyList<ContentVersion> Versions)?> OpenAsync(Guid id, CancellationToken ct) =>
        await content.GetItemAsync(id, ct) is { ContentType: FormContentType.Name } item ? (item, await content.HistoryAsync(id, ct)) : null;

    /// <summary>Problems keyed by the input's name ("" for the form as a whole).</summary>
    public async Task<IReadOnlyList<(string Key, string Message)>> CheckAsync(FormEditorInput input, bool isNew, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        if (isNew)
        {
            if (!SlugPattern().IsMatch(input.Slug ?? "")) errors.Add(("Input.Slug", "Adres formularza to małe litery, cyfry i łączniki, np. wniosek-o-dowod."));
            else if (await content.FindItemAsync(FormContentType.Name, input.Slug!, ct) is not null) errors.Add(("Input.Slug", "Formularz o tym adresie już istnieje."));
        }
        var c = input.ToContent();
        foreach (var (field, message) in FormDefinitionRules.Check(input.Title, input.Department, c.Fields))
            errors.Add((field switch
            {
                FormDefinitionRules.Title => "Input.Title",
                FormDefinitionRules.Department => "Input.Department",
                FormDefinitionRules.FieldList => "",
                _ => $"Input.Fields[{field}].Name",
            }, message));
        if (c.DepartmentEmail is { } email && !Core.Validation.EmailAddresses.IsValid(email))
            errors.Add(("Input.DepartmentEmail", "Wpisz adres e-mail wydziału w formacie nazwa@domena.pl."));
        return errors;
    }

    public async Task<ContentVersion> SaveAsync(string slug, FormEditorInput input, string? author, CancellationToken ct)
    {
        await types.StageAsync(db.TenantId!.Value, FormContentType.Definition, ct);
        var c = input.ToContent();
        audit.Add(FormsAuditEvents.FormSaved, input.Title.Trim(), $"{c.Fields.Count} pól");
        return await content.SaveDraftAsync(FormContentType.Name, slug, new ContentDraft(input.Title.Trim(), slug, FormContentType.Write(c), SearchText: input.Title.Trim()), author, ct);
    }

    public Task PublishAsync(Guid id, int number, CancellationToken ct) => content.PublishAsync(id, number, ct);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
