using System.Threading.RateLimiting;
using Eboi.ApiKeys.Validation;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Http;

namespace Eboi.ApiKeys.RateLimiting;

/// <summary>
/// The one limiter behind the API policy. The rate limiting middleware asks synchronously first; this limiter always
/// declines that, so the middleware awaits <see cref="AcquireAsyncCore"/>, where a key sent in a URL-encoded form body
/// (Open311 POST) can be read without blocking. A recognised key gets its own fixed window, anything else the
/// client address's.
/// </summary>
internal sealed class ApiKeyRequestLimiter : RateLimiter
{
    private readonly IHttpContextAccessor _http;
    private readonly RecognizedKeys _keys;
    private readonly PartitionedRateLimiter<string> _windows;

    public ApiKeyRequestLimiter(IHttpContextAccessor http, RecognizedKeys keys, ApiKeyRateLimitOptions options)
    {
        _http = http;
        _keys = keys;
        _windows = PartitionedRateLimiter.Create<string, string>(partition => RateLimitPartition.GetFixedWindowLimiter(partition,
            p => new FixedWindowRateLimiterOptions
            {
                PermitLimit = p.StartsWith(KeyPartition, StringComparison.Ordinal) ? options.PerKey : options.PerAddress,
                Window = options.Window,
                QueueLimit = 0,
            }));
    }

    private const string KeyPartition = "key:";

    // Never idle: the middleware must not dispose the limiter that holds every window.
    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => NotYet.Instance;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken ct)
    {
        var context = _http.HttpContext ?? throw new InvalidOperationException("The API rate limiter runs only inside a request.");
        var request = context.Request;
        // Only small URL-encoded bodies are read here; a multipart upload counts by header, query or address.
        var presented = request.HasFormContentType && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            ? await ApiKeyRequest.ReadAsync(request, ct)
            : ApiKeyRequest.Peek(request);
        var partition = _keys.Recognize(presented) is { } id ? $"{KeyPartition}{id:N}" : $"ip:{ClientAddress.KeyOf(context)}";
        return await _windows.AcquireAsync(partition, permitCount, ct);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _windows.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>The synchronous answer: not acquired, nothing to report, so the middleware goes on to the async path.</summary>
    private sealed class NotYet : RateLimitLease
    {
        public static readonly NotYet Instance = new();
        public override bool IsAcquired => false;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
