using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Eboi.ApiKeys.Keys;
using Eboi.Cases;
using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Cases;

/// <summary>What the case tests share: keys, the API calls, queries inside a gmina, verified citizens and a good batch.</summary>
internal static class CasesTestData
{
    public const string Pesel1 = "85031512344";
    public const string Pesel2 = "87072204561";
    public const string Nip = "5250000015";

    private static readonly HtmlParser Parser = new();

    public static readonly byte[] Pdf = SimplePdf.Create(["Decyzja w sprawie testowej"]);
    public static string Pdf64 => Convert.ToBase64String(Pdf);

    public static Task<string> KeyAsync(EboiAppFactory app, string gmina, string scope = CasesApiRoutes.Scope) => ApiKeyClient.IssueAsync(app, gmina, scope, "EZD");

    public static Task<HttpResponseMessage> ImportAsync(HttpClient client, string gmina, string? key, object batch) =>
        ApiKeyClient.SendAsync(client, HttpMethod.Post, $"/{gmina}{CasesApiRoutes.Import}", key, batch);

    public static async Task<JsonElement> ImportOkAsync(HttpClient client, string gmina, string key, object batch)
    {
        var response = await ImportAsync(client, gmina, key, batch);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        Assert.True(json.GetProperty("rejected").GetArrayLength() == 0, json.ToString());
        return json;
    }

    public static Task<HttpResponseMessage> PullAsync(HttpClient client, string gmina, string? key, string query = "") =>
        ApiKeyClient.SendAsync(client, HttpMethod.Get, $"/{gmina}{CasesApiRoutes.Inbox}{query}", key);

    public static async Task<JsonElement> PullOkAsync(HttpClient client, string gmina, string key, string query = "")
    {
        var response = await PullAsync(client, gmina, key, query);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>Acknowledges whatever waits in the inbox (the recipes' demo message), so a test starts from an empty pull.</summary>
    public static async Task DrainInboxAsync(HttpClient client, string gmina, string key)
    {
        foreach (var item in (await PullOkAsync(client, gmina, key, "?limit=200")).GetProperty("items").EnumerateArray())
            Assert.Equal(System.Net.HttpStatusCode.OK, (await AcknowledgeAsync(client, gmina, key, item.GetProperty("id").GetGuid(), "DEMO/1")).StatusCode);
    }

    public static Task<HttpResponseMessage> AcknowledgeAsync(HttpClient client, string gmina, string key, Guid id, string number) =>
        ApiKeyClient.SendAsync(client, HttpMethod.Post, $"/{gmina}{CasesApiRoutes.Acknowledge(id)}", key, new { registerNumber = number });

    public static Task<T> InTenantAsync<T>(EboiAppFactory app, string gmina, Func<EboiDbContext, Task<T>> query) => TenantQuery.InTenantAsync(app, gmina, query);

    /// <summary>A citizen account with this PESEL (verified unless told otherwise).</summary>
    public static async Task<Guid> CitizenAsync(EboiAppFactory app, string gmina, string? pesel, string email, bool verified = true) =>
        (await StaffAccounts.CreateCitizenAsync(app, gmina, pesel, email, verified)).Id;

    /// <summary>A case with one party (by PESEL), an officer, two stages, and optionally an outgoing document with a PDF.</summary>
    public static object Case(string id, string sign, string pesel, string status = "w-toku", string? officerEmail = "referent@example.test") => new
    {
        externalId = id, sign, title = $"Sprawa {id}", jrwaName = "Podatek od nieruchomości", status, startedOn = "2026-03-02",
        closedOn = status == "zakonczona" ? "2026-04-30" : null,
        officer = new { name = "Jan Referent", department = "Referat Podatków", phone = "81 000 00 00", email = officerEmail },
        parties = new object[] { new { name = "Anna Testowa", pesel } },
        stages = new object[] { new { name = "Wszczęcie postępowania", date = "2026-03-02" }, new { name = "Wezwanie do uzupełnienia", date = "2026-03-10", note = "Termin 7 dni" } },
    };

    public static object Document(string id, string caseId, string direction = "wychodzace") => new
    {
        externalId = id, @case = caseId, direction, registerNumber = $"RPW/{id}/2026", title = $"Pismo {id}", documentDate = "2026-03-10",
        files = new object[] { new { name = $"{id}.pdf", content = Pdf64 } },
    };

    /// <summary>Posts the staff case page's outgoing-document form with a file, as a clerk's browser does.</summary>
    public static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> SendDocumentAsync(HttpClient client, string page, string title, string name, byte[] content)
    {
        var form = (await Parser.ParseDocumentAsync(await client.GetStringAsync(page))).QuerySelector("form[action*='handler=Document']")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(title), "Document.Title" },
            { new StringContent("RPW/1/2026"), "Document.RegisterNumber" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new("application/pdf");
        body.Add(file, "Plik", name);
        var response = await client.PostAsync(new Uri(new Uri(client.BaseAddress!, page), System.Net.WebUtility.HtmlDecode(form.GetAttribute("action")!)), body);
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }
}
