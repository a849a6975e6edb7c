using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Files;

/// <summary>
/// Files under {Eboi:DataPath}/files/{tenantId}/, outside the web root. A key's pointer (keys/{sha256 of key}.json:
/// content type, length, blob name) is replaced by an atomic rename after its bytes are complete in blobs/, so a
/// reader sees the old file or the new one. The key never becomes a path, so it cannot leave the tenant's folder.
/// </summary>
public sealed class LocalFileStore(IOptions<EboiOptions> options, TimeProvider clock) : IFileStore
{
    public const string FolderName = "files";
    private const int CopyBuffer = 81920;

    private string Root => Path.Combine(options.Value.FullDataPath, FolderName);

    public async Task<StoredFileInfo> PutAsync(Guid tenantId, string key, Stream content, string contentType, CancellationToken ct = default)
    {
        FileKey.Require(key);
        if (string.IsNullOrWhiteSpace(contentType) || contentType.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new ArgumentException("A content type is required.", nameof(contentType));
        var folder = TenantFolder(tenantId, create: true);

        var blob = Guid.NewGuid().ToString("N");
        var temp = Path.Combine(folder.Temp, blob);
        long length;
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBuffer, useAsync: true))
        {
            await content.CopyToAsync(file, CopyBuffer, ct);
            await file.FlushAsync(ct);
            file.Flush(flushToDisk: true);
            length = file.Length;
        }
        File.Move(temp, Path.Combine(folder.Blobs, blob));

        var previous = await ReadPointerAsync(folder, key, ct);
        var info = new StoredFileInfo(key, contentType, length, clock.GetUtcNow());
        var pointerTemp = Path.Combine(folder.Temp, blob + ".json");
        await File.WriteAllBytesAsync(pointerTemp, JsonSerializer.SerializeToUtf8Bytes(new Pointer(blob, info)), ct);
        File.Move(pointerTemp, PointerPath(folder, key), overwrite: true);
        if (previous is not null) File.Delete(Path.Combine(folder.Blobs, previous.Blob));
        return info;
    }

    public async Task<StoredFile?> OpenAsync(Guid tenantId, string key, CancellationToken ct = default)
    {
        if (!FileKey.IsValid(key)) return null;
        var folder = TenantFolder(tenantId, create: false);
        // A replace between reading the pointer and opening its blob deletes the old blob: read the new pointer once more.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await ReadPointerAsync(folder, key, ct) is not { } pointer) return null;
            try
            {
                var stream = new FileStream(Path.Combine(folder.Blobs, pointer.Blob), FileMode.Open, FileAccess.Read,
                    FileShare.Read | FileShare.Delete, CopyBuffer, useAsync: true);
                return new StoredFile(pointer.Info, stream);
            }
            catch (FileNotFoundException) { }
        }
        return null;
    }

    public async Task<bool> DeleteAsync(Guid tenantId, string key, CancellationToken ct = default)
    {
        if (!FileKey.IsValid(key)) return false;
        var folder = TenantFolder(tenantId, create: false);
        if (await ReadPointerAsync(folder, key, ct) is not { } pointer) return false;
        File.Delete(PointerPath(folder, key));
        File.Delete(Path.Combine(folder.Blobs, pointer.Blob));
        return true;
    }

    public Task<bool> ExistsAsync(Guid tenantId, string key, CancellationToken ct = default) =>
        Task.FromResult(FileKey.IsValid(key) && File.Exists(PointerPath(TenantFolder(tenantId, create: false), key)));

    private TenantFiles TenantFolder(Guid tenantId, bool create)
    {
        if (tenantId == Guid.Empty) throw new ArgumentException("A tenant is required.", nameof(tenantId));
        var root = Path.Combine(Root, tenantId.ToString("N"));
        var folder = new TenantFiles(Path.Combine(root, "keys"), Path.Combine(root, "blobs"), Path.Combine(root, "tmp"));
        if (create)
        {
            Directory.CreateDirectory(folder.Keys);
            Directory.CreateDirectory(folder.Blobs);
            Directory.CreateDirectory(folder.Temp);
        }
        return folder;
    }

    private static string PointerPath(TenantFiles folder, string key) =>
        Path.Combine(folder.Keys, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + ".json");

    private static async Task<Pointer?> ReadPointerAsync(TenantFiles folder, string key, CancellationToken ct)
    {
        try
        {
            var pointer = JsonSerializer.Deserialize<Pointer>(await File.ReadAllBytesAsync(PointerPath(folder, key), ct));
            // A hash collision would be astronomically unlikely; the stored key settles it anyway.
            return pointer is not null && pointer.Info.Key == key ? pointer : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private sealed record TenantFiles(string Keys, string Blobs, string Temp);

    private sealed record Pointer(string Blob, StoredFileInfo Info);
}
