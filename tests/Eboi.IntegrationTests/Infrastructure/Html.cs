using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>Fetches and parses pages with AngleSharp.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var doc = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, doc);
    }

    public static string Text(this IHtmlDocument doc) => doc.Body?.TextContent ?? "";
}
