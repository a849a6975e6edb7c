using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Eboi.IntegrationTests.Users;

/// <summary>Submits a page's form like a browser: GET the page, take its antiforgery token, POST the fields.</summary>
public static class FormPost
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(HttpClient client, string url, IDictionary<string, string> fields, string? formSelector = null)
    {
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(url));
        var form = formSelector is null ? page.QuerySelectorAll("main form[method=post]").Last() : page.QuerySelector("main " + formSelector)!;
        var values = new List<KeyValuePair<string, string>>();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
            if (!fields.ContainsKey(hidden.GetAttribute("name")!)) values.Add(new(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? ""));
        values.AddRange(fields);
        // A relative action is resolved against the page's own address (a mailed link can be on the tenant's host).
        var pageUri = new Uri(client.BaseAddress!, url);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? new Uri(pageUri, System.Net.WebUtility.HtmlDecode(a)) : pageUri;
        var response = await client.PostAsync(action, new FormUrlEncodedContent(values));
        var doc = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, doc);
    }

    /// <summary>The error shown next to a field (GOV.UK pattern: p.error-message with id {field}-error).</summary>
    public static string? FieldError(this IHtmlDocument doc, string fieldId) => doc.QuerySelector($"#{fieldId}-error")?.TextContent.Replace("Błąd: ", "").Trim();
}
