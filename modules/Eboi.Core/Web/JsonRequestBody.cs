using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Eboi.Core.Web;

/// <summary>
/// Reads a machine API's JSON body (an import batch) within a size limit that holds whatever the client announces
/// (chunked bodies too) and whatever server runs the app: the bytes are counted as they arrive, and the server's own
/// request-body limit is raised to the same figure. Answers with the HTTP status and a Polish reason when it cannot.
/// </summary>
public static class JsonRequestBody
{
    public static async Task<JsonRequestBodyResult<T>> ReadAsync<T>(HttpRequest request, long maxBytes, JsonSerializerOptions json, CancellationToken ct)
        where T : class
    {
        var tooLarge = new JsonRequestBodyResult<T>(null, StatusCodes.Status413PayloadTooLarge, $"Paczka może mieć najwyżej {maxBytes / 1024 / 1024} MB; podziel ją.");
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        if (request.ContentLength > maxBytes) return tooLarge;
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return new(null, StatusCodes.Status415UnsupportedMediaType, "Wyślij paczkę jako application/json.");
        var body = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await body.ReadAsync(ct);
                if (read.Buffer.Length > maxBytes)
                {
                    body.AdvanceTo(read.Buffer.Start);
                    return tooLarge;
                }
                if (!read.IsCompleted)
                {
                    body.AdvanceTo(read.Buffer.Start, read.Buffer.End);   // keep it all, ask for more
                    continue;
                }
                try
                {
                    var reader = new Utf8JsonReader(read.Buffer);
                    return JsonSerializer.Deserialize<T>(ref reader, json) is { } value
                        ? new(value, StatusCodes.Status200OK, null)
                        : new(null, StatusCodes.Status400BadRequest, "Pusta paczka.");
                }
                catch (JsonException e)
                {
                    return new(null, StatusCodes.Status400BadRequest, $"Niepoprawny JSON: {e.Message}");
                }
                finally
                {
                    body.AdvanceTo(read.Buffer.End);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }
    }
}

/// <summary>The body read (<see cref="Value"/>), or the status and Polish reason why not.</summary>
public sealed record JsonRequestBodyResult<T>(T? Value, int Status, string? Error) where T : class;
