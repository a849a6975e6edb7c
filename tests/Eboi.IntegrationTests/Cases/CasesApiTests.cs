using System.Net;
using System.Text.Json;
using Eboi.Cases;
using Eboi.Cases.Domain;
using Eboi.Core.Files;
using Eboi.Core.Security;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Eboi.IntegrationTests.Cases.CasesTestData;

namespace Eboi.IntegrationTests.Cases;

/// <summary>
/// POST /api/sprawy/import through the real app: a good batch lands whole (party linked by PESEL, PDF stored), a replay
/// changes nothing, a changed file replaces the old one in the store too; each bad record is rejected with its reason and none of it lands; keys are checked by gmina and
/// scope; the OpenAPI document is served.
/// </summary>
public sealed class CasesApiTests : FreshAppTest
{
    private const string Gmina = "siedlec";

    [Fact]
    public async Task A_good_batch_lands_whole_links_the_party_by_pesel_and_a_replay_changes_nothing()
    {
        var citizen = await CitizenAsync(App, Gmina, Pesel1, "anna.sprawy@example.test");
        var key = await KeyAsync(App, Gmina);
        var client = App.CreateClient();
        var batch = new { cases = new[] { Case("S-1", "OR.3120.1.2026", Pesel1) }, documents = new[] { Document("P-1", "S-1") } };

        var json = await ImportOkAsync(client, Gmina, key, batch);
        Assert.Equal(2, json.GetProperty("counts").GetProperty("added").GetInt32());

        var (c, party, stages, file) = await InTenantAsync(App, Gmina, async db => (
            await db.Set<Case>().SingleAsync(x => x.ExternalId == "S-1"),
            await db.Set<CaseParty>().SingleAsync(p => db.Set<Case>().Any(x => x.Id == p.CaseId && x.ExternalId == "S-1")),
            await db.Set<CaseStage>().Where(s => db.Set<Case>().Any(x => x.Id == s.CaseId && x.ExternalId == "S-1")).OrderBy(s => s.Position).Select(s => s.Name).ToListAsync(),
            await db.Set<DocumentFile>().SingleAsync(f => db.Set<CaseDocument>().Any(d => d.Id == f.DocumentId && d.ExternalId == "P-1"))));
        Assert.Equal(("OR.3120.1.2026", "3120", "Jan Referent", CaseStatuses.Open), (c.Sign, c.Jrwa, c.OfficerName, c.Status));
        Assert.Equal(citizen, party.UserId);
        Assert.Equal(["Wszczęcie postępowania", "Wezwanie do uzupełnienia"], stages);
        Assert.Equal(("P-1.pdf", Pdf.LongLength), (file.FileName, file.Size));
        var tenant = await InTenantAsync(App, Gmina, db => Task.FromResult(db.TenantId!.Value));
        await using (var stored = await App.Services.GetRequiredService<IFileStore>().OpenAsync(tenant, file.StorageKey))
        {
            using var copy = new MemoryStream();
            await stored!.Content.CopyToAsync(copy);
            Assert.Equal(Pdf, copy.ToArray());
        }

        var snapshot = await SnapshotAsync();
        var replay = await ImportOkAsync(client, Gmina, key, batch);
        Assert.Equal(2, replay.GetProperty("counts").GetProperty("unchanged").GetInt32());
        Assert.Equal(snapshot, await SnapshotAsync());

        // A change of the timeline and of the file is a change, replacing them whole.
        var changed = new
        {
            cases = new[] { Case("S-1", "OR.3120.1.2026", Pesel1, status: "zakonczona") },
            documents = new[] { new { externalId = "P-1", @case = "S-1", direction = "wychodzace", title = "Decyzja", documentDate = "2026-03-11",
                files = new[] { new { name = "decyzja.pdf", content = Convert.ToBase64String(SimplePdf.Create(["Inna"])) } } } },
        };
        Assert.Equal(2, (await ImportOkAsync(client, Gmina, key, changed)).GetProperty("counts").GetProperty("changed").GetInt32());
        var (status, files) = await InTenantAsync(App, Gmina, async db => (
            (await db.Set<Case>().SingleAsync(x => x.ExternalId == "S-1")).Status,
            await db.Set<DocumentFile>().Where(f => db.Set<CaseDocument>().Any(d => d.Id == f.DocumentId && d.ExternalId == "P-1")).Select(f => f.FileName).ToListAsync()));
        Assert.Equal(CaseStatuses.Closed, status);
        Assert.Equal(["decyzja.pdf"], files);
        // The replaced file left the store with its row.
        Assert.False(await App.Services.GetRequiredService<IFileStore>().ExistsAsync(tenant, file.StorageKey));
    }

    [Fact]
    public async Task Each_bad_record_is_rejected_with_its_reason_and_none_of_it_lands()
    {
        var key = await KeyAsync(App, Gmina);
        var png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        var batch = new
        {
            cases = new object[]
            {
                Case("S-OK", "OR.3120.1.2026", Pesel1),
                Case("S-ZNAK", "OR/3120/2/2026", Pesel1),
                Case("S-PESEL", "OR.3120.3.2026", "85031512345"),
                new { externalId = "S-STRONY", sign = "OR.3120.4.2026", title = "Bez stron", startedOn = "2026-03-01", parties = Array.Empty<object>() },
                new { externalId = "S-STAN", sign = "OR.3120.5.2026", title = "Zły stan", status = "otwarta", startedOn = "2026-03-01", parties = new[] { new { name = "X" } } },
                Case("S-DUP", "OR.3120.6.2026", Pesel1),
                Case("S-DUP", "OR.3120.7.2026", Pesel1),
            },
            documents = new object[]
            {
                Document("P-OK", "S-OK"),
                Document("P-NIEMA", "S-NIEMA"),
                Document("P-ODRZ", "S-PESEL"),
                new { externalId = "P-PNG", @case = "S-OK", direction = "wychodzace", title = "Obraz", documentDate = "2026-03-10", files = new[] { new { name = "skan.pdf", content = png } } },
                new { externalId = "P-B64", @case = "S-OK", direction = "wychodzace", title = "Zły base64", documentDate = "2026-03-10", files = new[] { new { name = "a.pdf", content = "!!!" } } },
                new { externalId = "P-KIER", @case = "S-OK", direction = "boczne", title = "Kierunek", documentDate = "2026-03-10" },
            },
        };

        var response = await ImportAsync(App.CreateClient(), Gmina, key, batch);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var rejected = json.GetProperty("rejected").EnumerateArray().ToList();
        string Reason(string? id, string field) => Assert.Single(rejected, r =>
            (r.GetProperty("externalId").ValueKind == JsonValueKind.Null ? null : r.GetProperty("externalId").GetString()) == id
            && r.GetProperty("field").GetString() == field).GetProperty("reason").GetString()!;

        Assert.Contains("nie jest znakiem sprawy", Reason("S-ZNAK", "cases[1].sign"));
        Assert.Contains("PESEL 85031512345", Reason("S-PESEL", "cases[2].parties[0].pesel"));
        Assert.Contains("co najmniej jedną stronę", Reason("S-STRONY", "cases[3].parties"));
        Assert.Contains("nieznany stan „otwarta”", Reason("S-STAN", "cases[4].status"));
        Assert.Contains("więcej niż raz", Reason("S-DUP", "cases[5].externalId"));
        Assert.Contains("więcej niż raz", Reason("S-DUP", "cases[6].externalId"));
        Assert.Contains("nieznana sprawa S-NIEMA", Reason("P-NIEMA", "documents[1].case"));
        Assert.Contains("odrzucona", Reason("P-ODRZ", "documents[2].case"));
        Assert.Contains("nie jest dokumentem PDF", Reason("P-PNG", "documents[3].files[0].content"));
        Assert.Contains("base64", Reason("P-B64", "documents[4].files[0].content"));
        Assert.Contains("nieznany kierunek „boczne”", Reason("P-KIER", "documents[5].direction"));
        Assert.Equal(11, rejected.Count);
        Assert.Equal(["S-OK", "P-OK"], json.GetProperty("accepted").EnumerateArray().Select(a => a.GetProperty("externalId").GetString()));

        // (The gmina's demo cases and documents have ids starting with "demo-".)
        var (cases, documents, parties, files) = await InTenantAsync(App, Gmina, async db => (
            await db.Set<Case>().Where(c => !c.ExternalId!.StartsWith("demo-")).Select(c => c.ExternalId).ToListAsync(),
            await db.Set<CaseDocument>().Where(d => !d.ExternalId!.StartsWith("demo-")).Select(d => d.ExternalId).ToListAsync(),
            await db.Set<CaseParty>().CountAsync(p => db.Set<Case>().Any(c => c.Id == p.CaseId && !c.ExternalId!.StartsWith("demo-"))),
            await db.Set<DocumentFile>().CountAsync(f => db.Set<CaseDocument>().Any(d => d.Id == f.DocumentId && !d.ExternalId!.StartsWith("demo-")))));
        Assert.Equal(["S-OK"], cases);
        Assert.Equal(["P-OK"], documents);
        Assert.Equal((1, 1), (parties, files));

        // Another case may not take a znak that is already used.
        var taken = await ImportAsync(App.CreateClient(), Gmina, key, new { cases = new[] { Case("S-TENZNAK", "OR.3120.1.2026", Pesel2) } });
        var takenJson = JsonDocument.Parse(await taken.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("ma już inna sprawa (S-OK)", takenJson.GetProperty("rejected")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Keys_are_checked_by_gmina_and_scope_and_the_openapi_document_is_served()
    {
        var client = App.CreateClient();
        var batch = new { cases = new[] { Case("S-1", "OR.3120.1.2026", Pesel1) } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await ImportAsync(client, Gmina, null, batch)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(client, Gmina, await KeyAsync(App, Gmina, ApiKeyScopes.Taxes), batch)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(client, Gmina, await KeyAsync(App, "kozy"), batch)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PullAsync(client, Gmina, await KeyAsync(App, "kozy"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PullAsync(client, Gmina, null)).StatusCode);
        Assert.Equal(0, await InTenantAsync(App, Gmina, db => db.Set<Case>().CountAsync(c => !c.ExternalId!.StartsWith("demo-"))));

        var doc = await client.GetAsync($"/{Gmina}{CasesApiRoutes.OpenApi}");
        Assert.Equal(HttpStatusCode.OK, doc.StatusCode);
        var openApi = JsonDocument.Parse(await doc.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("3.0.3", openApi.GetProperty("openapi").GetString());
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal([CasesApiRoutes.Import, CasesApiRoutes.Inbox, "/api/sprawy/skrzynka/{id}/potwierdzenie", "/api/sprawy/skrzynka/{id}/zalaczniki/{index}", CasesApiRoutes.OpenApi], paths);
    }

    private Task<string> SnapshotAsync() => InTenantAsync(App, Gmina, async db => string.Join('\n',
        (await db.Set<Case>().AsNoTracking().OrderBy(c => c.Id).ToListAsync()).Select(c => $"{c.Id}|{c.Sign}|{c.Status}|{c.UpdatedAt:O}"),
        (await db.Set<CaseStage>().AsNoTracking().OrderBy(s => s.Id).ToListAsync()).Select(s => $"{s.Id}|{s.Name}"),
        (await db.Set<CaseParty>().AsNoTracking().OrderBy(p => p.Id).ToListAsync()).Select(p => $"{p.Id}|{p.UserId}"),
        (await db.Set<CaseDocument>().AsNoTracking().OrderBy(d => d.Id).ToListAsync()).Select(d => $"{d.Id}|{d.UpdatedAt:O}"),
        (await db.Set<DocumentFile>().AsNoTracking().OrderBy(f => f.Id).ToListAsync()).Select(f => $"{f.Id}|{f.Sha256}")));
}
