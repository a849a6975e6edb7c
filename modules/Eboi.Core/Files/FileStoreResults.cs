using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Eboi.Core.Files;

/// <summary>How a stored file is sent: the name offered for saving, inline (photos) or as a download, cacheable or not.</summary>
public sealed record FileDelivery(string? DownloadName = null, bool Inline = false, bool Public = false);

/// <summary>
/// Sends the current request's tenant's stored files. Call it only after the module's own authorization check:
/// the store has no notion of who may read what. Missing files, bad keys and host-level requests get 404.
/// </summary>
public static class FileStoreResults
{
    public static async Task<IResult> ServeAsync(HttpContext http, string key, FileDelivery? delivery = null)
    {
        if (http.RequestServices.GetRequiredService<ICurrentTenant>().Tenant is not { } tenant) return Results.NotFound();
        var file = await http.RequestServices.GetRequiredService<IFileStore>().OpenAsync(tenant.Id, key, http.RequestAborted);
        return file is null ? Results.NotFound() : new StoredFileResult(file, delivery ?? new FileDelivery());
    }

    private sealed class StoredFileResult(StoredFile file, FileDelivery delivery) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            await using var _ = file;
            var response = http.Response;
            response.ContentType = file.Info.ContentType;
            response.ContentLength = file.Info.Length;
            // The stored type is what was uploaded: browsers must not guess a script or page from the bytes.
            response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            response.Headers[HeaderNames.CacheControl] = delivery.Public ? "public, max-age=3600" : "private, no-store";
            var disposition = new ContentDispositionHeaderValue(delivery.Inline ? "inline" : "attachment");
            disposition.SetHttpFileName(delivery.DownloadName ?? Path.GetFileName(file.Info.Key));
            response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
            await file.Content.CopyToAsync(response.Body, http.RequestAborted);
        }
    }
}
