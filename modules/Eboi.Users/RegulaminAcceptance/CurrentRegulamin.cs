using Eboi.Content;
using Eboi.Content.Regulamin;
using Microsoft.Extensions.Caching.Memory;

namespace Eboi.Users.RegulaminAcceptance;

/// <summary>
/// The version of the tenant's regulamin in force, cached (it is asked on every signed-in request); publishing a
/// regulamin evicts it on this node (<see cref="RegulaminCacheEviction"/>), other nodes see it within <see cref="CacheFor"/>.
/// </summary>
internal sealed class CurrentRegulamin(RegulaminReader reader, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task<string?> VersionAsync(Guid tenantId, CancellationToken ct = default) =>
        await cache.GetOrCreateAsync(Key(tenantId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return (await reader.CurrentAsync(ct))?.Version;
        });

    internal static string Key(Guid tenantId) => $"regulamin-version:{tenantId:N}";
}

/// <summary>
/// Evicts the cached regulamin version when one is published or unpublished. Separate from
/// <see cref="CurrentRegulamin"/> on purpose: a content event handler must not depend on ContentService (cycle).
/// </summary>
internal sealed class RegulaminCacheEviction(IMemoryCache cache) : IContentEventHandler
{
    public Task OnPublicationChangedAsync(Guid tenantId, string contentType, CancellationToken ct)
    {
        if (contentType == ContentTypeNames.Regulamin) cache.Remove(CurrentRegulamin.Key(tenantId));
        return Task.CompletedTask;
    }
}
