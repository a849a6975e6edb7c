using Eboi.Cases;

namespace Eboi.Forms.Submitting;

/// <summary>The citizen's forms in /korespondencja: drafts under Robocze, sent forms under Wysłane (nothing under Odebrane).</summary>
internal sealed class FormCorrespondence(CitizenForms forms) : ICorrespondenceSource
{
    private const string KindLabel = "Formularz";

    public async Task<IReadOnlyList<CorrespondenceEntry>> ListAsync(Guid userId, CorrespondenceBox box, CancellationToken ct) => box switch
    {
        CorrespondenceBox.Drafts => [.. (await forms.DraftsAsync(userId, ct)).Select(Entry)],
        CorrespondenceBox.Sent => [.. (await forms.SubmissionsAsync(userId, ct)).Select(Entry)],
        _ => [],
    };

    private static CorrespondenceEntry Entry(CitizenFormEntry f) => new(f.ChangedAt, f.FormTitle, KindLabel, f.Link);
}
