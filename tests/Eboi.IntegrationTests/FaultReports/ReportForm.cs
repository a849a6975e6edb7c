using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Eboi.IntegrationTests.FaultReports;

/// <summary>Posts the report form like a browser: GET it for the antiforgery token, then a multipart POST with the fields and photos.</summary>
public static class ReportForm
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(HttpClient client, string gmina,
        IDictionary<string, string> fields, params (string Name, byte[] Content, string ContentType)[] photos)
    {
        var url = $"/{gmina}/usterki/zglos";
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(url));
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var (name, bytes, type) in photos)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Add(file, "photos", name);
        }
        var response = await client.PostAsync(url, content);
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    public static Dictionary<string, string> Valid(string title, string? location = "ul. Polna 5, 52.1400, 16.0100") => new()
    {
        ["Form.Category"] = "drogi",
        ["Form.Title"] = title,
        ["Form.Description"] = "Głęboka dziura na prawym pasie przy przystanku.",
        ["Form.Location"] = location ?? "",
    };
}
