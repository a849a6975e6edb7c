namespace Eboi.Core.Files;

/// <summary>
/// Stores a tenant's files (photos, documents) by key, outside the web root. A key is a relative path of
/// letters, digits, '.', '-' and '_' segments (<see cref="FileKey"/>); one tenant's key never reaches another's file.
/// Serve files only through <see cref="FileStoreResults"/>, after the module's own authorization check.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores (or replaces) a file; readers see the old file or the new one, never a part.</summary>
    Task<StoredFileInfo> PutAsync(Guid tenantId, string key, Stream content, string contentType, CancellationToken ct = default);

    /// <summary>The file's content and metadata, or null when there is none. The caller disposes the result.</summary>
    Task<StoredFile?> OpenAsync(Guid tenantId, string key, CancellationToken ct = default);

    /// <summary>Removes a file; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid tenantId, string key, CancellationToken ct = default);

    Task<bool> ExistsAsync(Guid tenantId, string key, CancellationToken ct = default);
}
