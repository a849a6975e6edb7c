using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Eboi.ApiKeys.Keys;
using Eboi.Core.Data;
using Eboi.FaultReports;
using Eboi.FaultReports.Admin;
using Eboi.FaultReports.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.FaultReports;

/// <summary>
/// Open311 GeoReport v2 at /{gmina}/open311/v2 through the real app, the cases of mySociety's open311-adapter endpoint
/// tests: discovery and services in both formats, 403 without a key or with another gmina's, 404 for an unknown
/// service or jurisdiction, 400 for what is missing or outside the gmina; a valid POST files a report that waits for
/// moderation like the web form's, publishes the same event, and appears in GET requests and updates once approved.
/// </summary>
public sealed class Open311Tests : FreshAppTest
{
    private const string Gmina = "siedlec";
    private const string Api = "/siedlec/open311/v2";

    [Fact]
    public async Task Discovery_services_and_definitions_answer_in_xml_and_json_and_unknown_ones_are_404()
    {
        var client = App.CreateClient();

        var discovery = await client.GetAsync($"{Api}/discovery.json");
        Assert.Equal("application/json", discovery.Content.Headers.ContentType!.MediaType);
        using (var json = JsonDocument.Parse(await discovery.Content.ReadAsStringAsync()))
        {
            var endpoint = json.RootElement.GetProperty("endpoints")[0];
            Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
            Assert.Matches(@"^http://siedlec\.localhost:\d+/open311/v2$", endpoint.GetProperty("url").GetString());   // the gmina's canonical address
            Assert.Contains("ug@siedlec.pl", json.RootElement.GetProperty("contact").GetString());
        }
        var discoveryXml = await XmlAsync(client, $"{Api}/discovery.xml");
        Assert.Equal(["text/xml", "application/json"], discoveryXml.Descendants("format").Select(f => f.Value));

        var services = await XmlAsync(client, $"{Api}/services.xml");
        Assert.Equal("services", services.Root!.Name.LocalName);
        Assert.Contains("drogi", services.Descendants("service_code").Select(c => c.Value));
        using (var json = JsonDocument.Parse(await client.GetStringAsync($"{Api}/services.json")))
            Assert.Contains(json.RootElement.EnumerateArray(), s => s.GetProperty("service_code").GetString() == "drogi" && !s.GetProperty("metadata").GetBoolean());

        var definition = await XmlAsync(client, $"{Api}/services/drogi.xml");
        Assert.Equal("drogi", definition.Root!.Element("service_code")!.Value);

        var unknown = await client.GetAsync($"{Api}/services/nie-ma.json");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(404, JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement[0].GetProperty("code").GetInt32());

        var wrongJurisdiction = await client.GetAsync($"{Api}/services.xml?jurisdiction_id=kozy");
        Assert.Equal(HttpStatusCode.NotFound, wrongJurisdiction.StatusCode);
        Assert.Equal("errors", XDocument.Parse(await wrongJurisdiction.Content.ReadAsStringAsync()).Root!.Name.LocalName);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Api}/services.xml?jurisdiction_id=siedlec")).StatusCode);
    }

    [Fact]
    public async Task A_post_needs_a_key_of_this_gmina_and_valid_fields_each_refusal_saying_why()
    {
        var client = App.CreateClient();
        var key = await KeyAsync(Gmina);
        var kozyKey = await KeyAsync("kozy");

        var noKey = await PostAsync(client, "json", Valid());
        Assert.Equal(HttpStatusCode.Forbidden, noKey.StatusCode);
        Assert.Contains("api_key", await noKey.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, "json", Valid(kozyKey))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, "xml", Valid(key[..^2] + "xx"))).StatusCode);

        var wrongJurisdiction = Valid(key);
        wrongJurisdiction["jurisdiction_id"] = "kozy";
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "json", wrongJurisdiction)).StatusCode);

        var unknownService = Valid(key);
        unknownService["service_code"] = "nie-ma";
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, "json", unknownService)).StatusCode);

        var missing = await PostAsync(client, "xml", new Dictionary<string, string> { ["api_key"] = key, ["description"] = "Bez kodu i miejsca" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = XDocument.Parse(await missing.Content.ReadAsStringAsync()).Descendants("description").Select(d => d.Value).ToList();
        Assert.Contains(errors, e => e.StartsWith("service_code", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Podaj miejsce", StringComparison.Ordinal));

        var outside = Valid(key);
        (outside["lat"], outside["long"]) = ("52.2297", "21.0122");   // Warsaw
        var refused = await PostAsync(client, "json", outside);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("poza obszarem gminy", await refused.Content.ReadAsStringAsync());

        var tooLong = Valid(key);
        tooLong["description"] = new string('a', 4001);
        Assert.Contains("4001", await (await PostAsync(client, "json", tooLong)).Content.ReadAsStringAsync());

        var badEmail = Valid(key);
        badEmail["email"] = "to-nie-adres";
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, "json", badEmail)).StatusCode);

        Assert.Equal(0, await InTenantAsync(Gmina, db => db.Set<FaultReport>().CountAsync(r => r.Source == "open311")));
    }

    [Fact]
    public async Task A_valid_post_files_a_report_that_waits_for_moderation_and_then_shows_in_requests_and_updates()
    {
        var client = App.CreateClient();
        var key = await KeyAsync(Gmina);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:ssZ");

        var created = await PostAsync(client, "json", Valid(key, "Zapadnięta studzienka\nPrzy przejściu dla pieszych, głęboka na 20 cm."));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        string id;
        using (var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()))
        {
            id = json.RootElement[0].GetProperty("service_request_id").GetString()!;
            Assert.Contains("po sprawdzeniu", json.RootElement[0].GetProperty("service_notice").GetString());
        }
        Assert.Matches(@"^U-\d{4}-\d{5}$", id);

        var report = await InTenantAsync(Gmina, db => db.Set<FaultReport>().AsNoTracking().SingleAsync(r => r.Source == "open311"));
        Assert.Equal(("Zapadnięta studzienka", "jan.api@example.test", ModerationState.Queued, false),
            (report.Title, report.ReporterEmail, report.Moderation, report.IsPublic));
        Assert.Equal(1, await InTenantAsync(Gmina, db => db.Database
            .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM domain_events WHERE type = 'usterki.zgloszono' AND payload::text LIKE {0}", $"%{report.Id}%").SingleAsync()));

        // Not public yet: neither the list nor the request shows it, and the token resolves to nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/requests/{id}.json")).StatusCode);
        Assert.DoesNotContain(id, await client.GetStringAsync($"{Api}/requests.json?start_date={since}"));

        using (var scope = App.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<EboiDbContext>().UseTenant(report.TenantId);
            var desk = scope.ServiceProvider.GetRequiredService<FaultReportDesk>();
            var tracked = (await desk.FindAsync(report.Number, default))!;
            await desk.ApproveAsync(tracked, default);
            Assert.Null(await desk.ChangeStatusAsync(tracked, FaultStatus.InProgress, "Ekipa drogowa wyjedzie w czwartek.", default));
        }

        var one = await XmlAsync(client, $"{Api}/requests/{id}.xml");
        var request = one.Root!.Element("request")!;
        Assert.Equal((id, "open", "IN_PROGRESS", "Ekipa drogowa wyjedzie w czwartek.", "drogi"),
            (request.Element("service_request_id")!.Value, request.Element("status")!.Value, request.Element("extended_status")!.Value,
             request.Element("status_notes")!.Value, request.Element("service_code")!.Value));
        Assert.DoesNotContain("jan.api@example.test", one.ToString());
        Assert.DoesNotContain("Jan Api", one.ToString());

        using (var list = JsonDocument.Parse(await client.GetStringAsync($"{Api}/requests.json?start_date={since}&status=open&service_code=drogi")))
            Assert.Contains(list.RootElement.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
        using (var closed = JsonDocument.Parse(await client.GetStringAsync($"{Api}/requests.json?start_date={since}&status=closed")))
            Assert.DoesNotContain(closed.RootElement.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
        Assert.Contains(id, await client.GetStringAsync($"{Api}/tokens/{id}.json"));

        var updates = await XmlAsync(client, $"{Api}/servicerequestupdates.xml?start_date={since}");
        Assert.Contains(updates.Descendants("request_update"), u => u.Element("service_request_id")!.Value == id
            && u.Element("status")!.Value == "IN_PROGRESS" && u.Element("description")!.Value == "Ekipa drogowa wyjedzie w czwartek.");

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Api}/requests.json?start_date=2026-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/kozy/open311/v2/requests/{id}.json")).StatusCode);   // another gmina's number
    }

    private static Dictionary<string, string> Valid(string? key = null, string description = "Dziura w jezdni\nna skrzyżowaniu z ul. Polną") => new()
    {
        ["api_key"] = key ?? "",
        ["service_code"] = "drogi",
        ["lat"] = "52.1400",
        ["long"] = "16.0100",
        ["address_string"] = "ul. Polna 5",
        ["description"] = description,
        ["email"] = "jan.api@example.test",
        ["first_name"] = "Jan",
        ["last_name"] = "Api",
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string format, Dictionary<string, string> fields) =>
        await client.PostAsync($"{Api}/requests.{format}", new FormUrlEncodedContent(fields));

    private static async Task<XDocument> XmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private Task<string> KeyAsync(string gmina) => ApiKeyClient.IssueAsync(App, gmina, "open311", "Aplikacja miejska");

    private Task<T> InTenantAsync<T>(string gmina, Func<EboiDbContext, Task<T>> query) => TenantQuery.InTenantAsync(App, gmina, query);
}
