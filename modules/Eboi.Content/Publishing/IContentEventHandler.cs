namespace Eboi.Content;

/// <summary>Told when the published set of a content type changes (publish, unpublish, recipe), in the same transaction scope.</summary>
public interface IContentEventHandler
{
    Task OnPublicationChangedAsync(Guid tenantId, string contentType, CancellationToken ct);
}
