using Eboi.Core.Events;
using Eboi.Core.Workflows;

namespace Eboi.Content;

/// <summary>An editor published a version of a content item (recipes do not publish it); workflow event "tresci.opublikowano".</summary>
[DomainEvent("content.published")]
public sealed record ContentPublished(Guid ItemId, string ContentType, string Title, string? Slug, int Version)
{
    public const string WorkflowName = "tresci.opublikowano";

    public static readonly IReadOnlyList<WorkflowField> Fields =
    [
        new("typ", "typ treści (np. page, regulamin)"),
        new("tytul", "tytuł"),
        // Not "adres": e-mail templates reserve it for the office's address.
        new("sciezka", "adres strony w portalu (slug)"),
        new("wersja", "numer opublikowanej wersji"),
    ];

    public WorkflowEventData ToWorkflow() => new(new WorkflowSubject("tresc", ItemId.ToString("D")), new Dictionary<string, string>
    {
        ["typ"] = ContentType,
        ["tytul"] = Title,
        ["sciezka"] = Slug ?? "",
        ["wersja"] = Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }, null);
}
