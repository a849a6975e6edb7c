using Microsoft.AspNetCore.Http;

namespace Eboi.FaultReports.Open311;

/// <summary>Writes a document in the requested format with the spec's content type; errors get the spec's error list.</summary>
internal static class Open311Results
{
    public static IResult Document(Open311Document document, string format, int status = StatusCodes.Status200OK)
    {
        var parsed = Open311Formats.Parse(format);
        // The body is the answer: a body of our own also keeps the status code pages (Polish HTML) out of it.
        return new BodyResult(Open311Writer.Write(document, parsed),
            parsed == Open311Format.Json ? Open311Formats.JsonContentType : Open311Formats.XmlContentType, status);
    }

    public static IResult Errors(string format, int status, IEnumerable<Open311Error> errors) =>
        Document(Open311Documents.Errors(errors), format, status);

    public static IResult Error(string format, int status, string description) =>
        Errors(format, status, [new Open311Error(status, description)]);

    public static IResult NotFound(string format, string what) => Error(format, StatusCodes.Status404NotFound, what);

    private sealed class BodyResult(byte[] body, string contentType, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = contentType;
            response.ContentLength = body.Length;
            response.Headers.CacheControl = "no-store";
            return response.Body.WriteAsync(body).AsTask();
        }
    }
}
