using System.Net;
using System.Reflection;
using System.Text.Json;
using Eboi.Core.Security;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Payments;
using Eboi.Payments.Domain;
using Eboi.Taxes;
using Eboi.Taxes.Api;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Eboi.Taxes.Import;
using Microsoft.EntityFrameworkCore;
using static Eboi.IntegrationTests.Taxes.TaxTestData;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>
/// POST /api/podatki/import through the real app: a good batch lands (due dates shifted, the payment allocated, the
/// taxpayer linked by PESEL); bad records are rejected one by one with a reason naming the record and field, and
/// none of them lands even in part; a replay changes nothing; keys are checked by gmina and scope; the OpenAPI
/// document is served and describes exactly the request and response types.
/// </summary>
public sealed class TaxImportApiTests : FreshAppTest
{
    private const string Gmina = "siedlec";

    [Fact]
    public async Task A_good_batch_lands_whole_links_by_pesel_and_a_replay_changes_nothing()
    {
        var citizen = await VerifiedCitizenAsync(App, Gmina, Pesel1, "anna.testowa@example.test");
        var key = await KeyAsync(App, Gmina, ApiKeyScopes.Taxes);
        var client = App.CreateClient();

        var response = await PostAsync(client, Gmina, key, GoodBatch());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()))
        {
            Assert.Equal(0, json.RootElement.GetProperty("rejected").GetArrayLength());
            Assert.Equal(5, json.RootElement.GetProperty("counts").GetProperty("added").GetInt32());
        }

        var (taxpayer, instalments, allocated, subjects, obligors) = await InTenantAsync(App, Gmina, async db => (
            await db.Set<Taxpayer>().SingleAsync(t => t.ExternalId == "T-1"),
            await db.Set<Instalment>().Where(i => db.Set<TaxDecision>().Any(d => d.Id == i.DecisionId && d.ExternalId == "D-1")).OrderBy(i => i.Number).ToListAsync(),
            await db.Set<OperationAllocation>().Where(a => db.Set<TaxOperation>().Any(o => o.Id == a.OperationId && o.ExternalId == "O-1")).SumAsync(a => a.ToArrears),
            await db.Set<TaxSubject>().CountAsync(s => db.Set<TaxCard>().Any(c => c.Id == s.CardId && c.ExternalId == "K-1")),
            await db.Set<CardObligor>().CountAsync(o => db.Set<TaxCard>().Any(c => c.Id == o.CardId && c.ExternalId == "K-1"))));
        Assert.Equal((citizen, TaxpayerLink.Pesel), (taxpayer.UserId, taxpayer.LinkedBy));
        Assert.Equal([new DateOnly(2026, 3, 16), new DateOnly(2026, 5, 15), new DateOnly(2026, 9, 15), new DateOnly(2026, 11, 16)], instalments.Select(i => i.DueDate));
        Assert.Equal(new DateOnly(2026, 3, 15), instalments[0].StatutoryDueDate);
        Assert.Equal(150.00m, allocated);   // rata 1 in full, 50 zł of rata 2 (paid before the due dates: no interest)
        Assert.Equal((1, 2), (subjects, obligors));

        var snapshot = await SnapshotAsync();
        var replay = await PostAsync(client, Gmina, key, GoodBatch());
        using (var json = JsonDocument.Parse(await replay.Content.ReadAsStringAsync()))
        {
            Assert.Equal(5, json.RootElement.GetProperty("counts").GetProperty("unchanged").GetInt32());
            Assert.All(json.RootElement.GetProperty("accepted").EnumerateArray(), a => Assert.Equal(ImportOutcomes.Unchanged, a.GetProperty("outcome").GetString()));
        }
        Assert.Equal(snapshot, await SnapshotAsync());

        var audit = await InTenantAsync(App, Gmina, db => db.Set<Eboi.Core.Audit.AuditEntry>().Where(e => e.Event == TaxesAuditEvents.Imported.Name).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains("system podatkowy", audit[0].Subject);
    }

    [Fact]
    public async Task Each_bad_record_is_rejected_with_its_reason_and_none_of_it_lands()
    {
        var key = await KeyAsync(App, Gmina, ApiKeyScopes.Taxes);
        var batch = new
        {
            taxpayers = new object[]
            {
                new { externalId = "T-1", name = "Anna Testowa", pesel = Pesel1 },
                new { externalId = "T-ZLY", name = "Zły PESEL", pesel = "85031512345" },
                new { externalId = "T-DUP", name = "Raz" },
                new { externalId = "T-DUP", name = "Dwa" },
            },
            cards = new object[]
            {
                new { externalId = "K-1", number = "K/1", kind = "lzp", year = 2026, bankAccount = Nrb, obligors = new[] { "T-1" } },
                new { externalId = "K-NRB", number = "K/2", kind = "odpady", year = 2026, bankAccount = "30 1020 1026 0000 1702 0123 4568", obligors = new[] { "T-1" } },
                new { externalId = "K-RODZAJ", number = "K/3", kind = "psi", year = 2026, bankAccount = Nrb, obligors = new[] { "T-1" } },
                new { externalId = "K-ZLY-PODATNIK", number = "K/4", kind = "odpady", year = 2026, bankAccount = Nrb, obligors = new[] { "T-ZLY" } },
            },
            decisions = new object[]
            {
                new { externalId = "D-NIEMA", card = "K-NIEMA", number = "N/1", issuedOn = "2026-02-10", instalments = new object[] { new { number = 1, dueDate = "2026-03-15", amount = 10m } } },
                new
                {
                    externalId = "D-POL", card = "K-1", number = "N/2", issuedOn = "2026-02-10",
                    instalments = new object[] { new { number = 1, dueDate = "2026-03-15", amount = 10m }, new { number = 2, dueDate = "2026-05-15", amount = -5m } },
                },
                new { externalId = "D-ZLA-KARTA", card = "K-NRB", number = "N/3", issuedOn = "2026-02-10", instalments = new object[] { new { number = 1, dueDate = "2026-03-15", amount = 10m } } },
            },
            operations = new object[] { new { externalId = "O-NIEMA", card = "K-NIEMA", date = "2026-03-10", amount = 10m } },
        };

        var response = await PostAsync(App.CreateClient(), Gmina, key, batch);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonSerializer.Deserialize<TaxImportResponse>(await response.Content.ReadAsStringAsync(), TaxImportEndpoint.Json)!;
        string Reason(string id, string field) => Assert.Single(result.Rejected, r => r.ExternalId == id && r.Field == field).Reason;

        Assert.Contains("PESEL 85031512345 jest nieprawidłowy", Reason("T-ZLY", "taxpayers[1].pesel"));
        Assert.Contains("więcej niż raz", Reason("T-DUP", "taxpayers[2].externalId"));
        Assert.Contains("więcej niż raz", Reason("T-DUP", "taxpayers[3].externalId"));
        Assert.Contains("Karta K-NRB", Reason("K-NRB", "cards[1].bankAccount"));
        Assert.Contains("NRB", Reason("K-NRB", "cards[1].bankAccount"));
        Assert.Contains("Nieznany rodzaj karty „psi”", Reason("K-RODZAJ", "cards[2].kind"));
        Assert.Contains("odrzucony", Reason("K-ZLY-PODATNIK", "cards[3].obligors[0]"));
        Assert.Contains("Nieznana karta K-NIEMA", Reason("D-NIEMA", "decisions[0].card"));
        Assert.Contains("Kwota raty 2", Reason("D-POL", "decisions[1].instalments[1].amount"));
        Assert.Contains("odrzucona", Reason("D-ZLA-KARTA", "decisions[2].card"));
        Assert.Contains("Nieznana karta K-NIEMA", Reason("O-NIEMA", "operations[0].card"));
        Assert.Equal(10, result.Rejected.Count);
        Assert.Equal(["T-1", "K-1"], result.Accepted.Select(a => a.ExternalId));

        // Nothing of a rejected record landed: no taxpayer, card, decision or instalment of theirs.
        var (taxpayers, cards, decisions, instalments, operations) = await InTenantAsync(App, Gmina, async db => (
            await db.Set<Taxpayer>().Where(t => !t.ExternalId.StartsWith("demo-")).Select(t => t.ExternalId).ToListAsync(),
            await db.Set<TaxCard>().Where(c => !c.ExternalId.StartsWith("demo-")).Select(c => c.ExternalId).ToListAsync(),
            await db.Set<TaxDecision>().CountAsync(d => !d.ExternalId.StartsWith("demo-")),
            await db.Set<Instalment>().CountAsync(i => db.Set<TaxCard>().Any(c => c.Id == i.CardId && !c.ExternalId.StartsWith("demo-"))),
            await db.Set<TaxOperation>().CountAsync(o => !o.ExternalId.StartsWith("demo-"))));
        Assert.Equal(["T-1"], taxpayers);
        Assert.Equal(["K-1"], cards);
        Assert.Equal((0, 0, 0), (decisions, instalments, operations));
    }

    [Fact]
    public async Task An_instalment_being_paid_online_is_not_removed_by_a_reimport()
    {
        var citizen = await VerifiedCitizenAsync(App, Gmina, Pesel1, "anna.placaca@example.test");
        var key = await KeyAsync(App, Gmina, ApiKeyScopes.Taxes);
        var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, Gmina, key, GoodBatch())).StatusCode);
        var fourth = await InTenantAsync(App, Gmina, db => db.Set<Instalment>()
            .SingleAsync(i => i.Number == 4 && db.Set<TaxDecision>().Any(d => d.Id == i.DecisionId && d.ExternalId == "D-1")));
        // The citizen is at the gateway paying instalment 4 (a started payment, as Payments stores it).
        await InTenantAsync(App, Gmina, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var payment = new Payment
            {
                Id = Guid.CreateVersion7(), TenantId = db.TenantId!.Value, Reference = "P/2026/999001", Source = TaxesModule.ModuleName, PayerUserId = citizen,
                PayerEmail = "anna.placaca@example.test", Description = "Rata 4", Amount = 100m, Total = 100m, State = PaymentState.Started,
                IdempotencyKey = "klucz-raty-4", ReturnPath = TaxesPaths.MyCards, GatewayToken = "TOKEN4", CreatedAt = now, StartedAt = now,
            };
            db.Add(payment);
            db.Add(new PaymentLineRow { Id = Guid.CreateVersion7(), TenantId = payment.TenantId, PaymentId = payment.Id, Position = 1, ItemRef = InstalmentRefs.For(fourth.Id), Title = "Rata 4/2026", Amount = 100m });
            return await db.SaveChangesAsync();
        });

        // The tax system drops instalment 4 while the citizen is at the gateway: the decision is refused with the reason.
        var response = await PostAsync(client, Gmina, key, new
        {
            decisions = new object[]
            {
                new
                {
                    externalId = "D-1", card = "K-1", number = "N/2026/1", issuedOn = "2026-02-10",
                    instalments = new object[]
                    {
                        new { number = 1, dueDate = "2026-03-15", amount = 100.00m },
                        new { number = 2, dueDate = "2026-05-15", amount = 100.00m },
                        new { number = 3, dueDate = "2026-09-15", amount = 100.00m },
                    },
                },
            },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rejected = Assert.Single(json.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Contains("płatność online w toku", rejected.GetProperty("reason").GetString());
        Assert.True(await InTenantAsync(App, Gmina, db => db.Set<Instalment>().AnyAsync(i => i.Id == fourth.Id)));
    }

    [Fact]
    public async Task The_api_needs_a_live_taxes_key_of_this_gmina()
    {
        var client = App.CreateClient();
        var noKey = await PostAsync(client, Gmina, null, GoodBatch());
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Contains("X-Api-Key", await noKey.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, Gmina, await KeyAsync(App, Gmina, ApiKeyScopes.Open311), GoodBatch())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, Gmina, await KeyAsync(App, "kozy", ApiKeyScopes.Taxes), GoodBatch())).StatusCode);
        var key = await KeyAsync(App, Gmina, ApiKeyScopes.Taxes);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, Gmina, key[..^2] + "xx", GoodBatch())).StatusCode);
        Assert.Equal(0, await InTenantAsync(App, Gmina, db => db.Set<Taxpayer>().CountAsync(t => t.ExternalId == "T-1")));

        using var malformed = new HttpRequestMessage(HttpMethod.Post, $"/{Gmina}{TaxesApiRoutes.Import}") { Content = new StringContent("{\"taxpayers\": [", System.Text.Encoding.UTF8, "application/json") };
        malformed.Headers.Add(ApiKeyRequest.HeaderName, key);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(malformed)).StatusCode);
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/{Gmina}{TaxesApiRoutes.Import}");
        get.Headers.Add(ApiKeyRequest.HeaderName, key);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.SendAsync(get)).StatusCode);

        // Over the size limit: refused when announced, and when sent in chunks with no length given.
        foreach (var announced in new[] { true, false })
        {
            using var huge = new HttpRequestMessage(HttpMethod.Post, $"/{Gmina}{TaxesApiRoutes.Import}")
            {
                Content = new StreamContent(new OversizedJson(Eboi.Taxes.Api.TaxImportEndpoint.MaxBodyBytes + 1024, announced)),
            };
            huge.Content.Headers.ContentType = new("application/json");
            if (announced) huge.Content.Headers.ContentLength = Eboi.Taxes.Api.TaxImportEndpoint.MaxBodyBytes + 1024;
            huge.Headers.Add(ApiKeyRequest.HeaderName, key);
            // Without the redirect handler, which would copy the whole body first.
            var refused = await App.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(huge);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
            Assert.Contains("najwyżej 32 MB", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, Gmina, key, GoodBatch())).StatusCode);
    }

    /// <summary>A JSON array of spaces that never ends within <paramref name="length"/> bytes; unseekable when not announced (sent chunked).</summary>
    private sealed class OversizedJson(long length, bool seekable) : Stream
    {
        private long _position;
        public override bool CanRead => true;
        public override bool CanSeek => seekable;
        public override bool CanWrite => false;
        public override long Length => seekable ? length : throw new NotSupportedException();
        public override long Position { get => _position; set => _position = seekable ? value : throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => seekable
            ? _position = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => _position + offset, _ => length + offset }
            : throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++) buffer[offset + i] = _position + i == 0 ? (byte)'[' : (byte)' ';
            _position += n;
            return n;
        }
    }

    [Fact]
    public async Task A_taxes_key_created_by_the_cli_imports()
    {
        var (code, output) = await CliProcess.RunAsync(Db, "apikey", "create", Gmina, ApiKeyScopes.Taxes, "--name", "System podatkowy – test");
        Assert.True(code == 0, output);
        var key = ApiKeys.ApiKeyTestData.RawKey().Match(output).Value;
        Assert.NotEmpty(key);
        var response = await PostAsync(App.CreateClient(), Gmina, key, GoodBatch());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await InTenantAsync(App, Gmina, db => db.Set<Taxpayer>().CountAsync(t => t.ExternalId == "T-1")));
    }

    [Fact]
    public async Task The_openapi_document_is_served_and_matches_the_request_and_response_types()
    {
        var response = await App.CreateClient().GetAsync($"/{Gmina}{TaxesApiRoutes.OpenApi}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", doc.RootElement.GetProperty("openapi").GetString());
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty(TaxesApiRoutes.Import, out _));
        var schemas = doc.RootElement.GetProperty("components").GetProperty("schemas");
        foreach (var type in new[] { typeof(TaxImportBatch), typeof(ImportTaxpayer), typeof(ImportCard), typeof(ImportSubject), typeof(ImportDecision), typeof(ImportInstalment), typeof(ImportOperation), typeof(TaxImportResponse), typeof(TaxImportCounts), typeof(ImportedRecord), typeof(RejectedRecord) })
        {
            var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetMethod!.GetParameters().Length == 0 && p.Name != "Count" && p.DeclaringType == type && !IsComputed(type, p))
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order().ToList();
            var documented = schemas.GetProperty(type.Name).GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList();
            Assert.True(expected.SequenceEqual(documented), $"{type.Name}: type has [{string.Join(", ", expected)}], document has [{string.Join(", ", documented)}]");
        }
        var kinds = schemas.GetProperty("ImportCard").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(Enum.GetValues<TaxCardKind>().Select(TaxCardKinds.Code), kinds);
    }

    // Properties that are positional record parameters are serialized; computed ones (no constructor parameter) are not.
    private static bool IsComputed(Type type, PropertyInfo p) =>
        !type.GetConstructors().Any(c => c.GetParameters().Any(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase)));

    private Task<string> SnapshotAsync() => InTenantAsync(App, Gmina, async db => string.Join("|",
        await db.Set<Taxpayer>().CountAsync(), await db.Set<TaxCard>().CountAsync(), await db.Set<CardObligor>().CountAsync(),
        await db.Set<TaxSubject>().CountAsync(), await db.Set<TaxDecision>().CountAsync(), await db.Set<Instalment>().CountAsync(),
        await db.Set<TaxOperation>().CountAsync(), await db.Set<OperationAllocation>().CountAsync(),
        string.Join(",", await db.Set<TaxCard>().OrderBy(c => c.ExternalId).Select(c => c.UpdatedAt).ToListAsync()),
        string.Join(",", await db.Set<Taxpayer>().OrderBy(t => t.ExternalId).Select(t => t.UpdatedAt).ToListAsync())));
}
