using Eboi.Core.Data;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Taxes;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>What the tax import tests share: keys, the import call, queries inside a gmina, verified citizens.</summary>
internal static class TaxTestData
{
    public const string Pesel1 = "85031512344";
    public const string Pesel2 = "87072204561";
    public const string Nip = "5250000015";
    public const string Nrb = "30 1020 1026 0000 1702 0123 4567";

    public static Task<string> KeyAsync(EboiAppFactory app, string gmina, string scope) => ApiKeyClient.IssueAsync(app, gmina, scope, "system podatkowy");

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string gmina, string? key, object batch) =>
        ApiKeyClient.SendAsync(client, HttpMethod.Post, $"/{gmina}{TaxesApiRoutes.Import}", key, batch);

    public static Task<T> InTenantAsync<T>(EboiAppFactory app, string gmina, Func<EboiDbContext, Task<T>> query) => TenantQuery.InTenantAsync(app, gmina, query);

    /// <summary>A verified citizen account with this PESEL (what the office's verification leaves).</summary>
    public static async Task<Guid> VerifiedCitizenAsync(EboiAppFactory app, string gmina, string pesel, string email) =>
        (await StaffAccounts.CreateCitizenAsync(app, gmina, pesel, email)).Id;

    /// <summary>A good batch: two taxpayers (one a company), a shared card with a subject, a decision with 4 instalments, one payment.</summary>
    public static object GoodBatch() => new
    {
        taxpayers = new object[]
        {
            new { externalId = "T-1", name = "Anna Testowa", pesel = Pesel1, address = "ul. Lipowa 1" },
            new { externalId = "T-2", name = "Firma Testowa sp. z o.o.", nip = Nip },
        },
        cards = new object[]
        {
            new
            {
                externalId = "K-1", number = "LZP/T/0001", kind = "lzp", year = 2026, bankAccount = Nrb, obligors = new[] { "T-1", "T-2" },
                subjects = new object[] { new { description = "Działka 1/2 – grunty orne", area = 1.25m, unit = "ha", @class = "RIIIa", rate = 278.41m, amount = 348.01m } },
            },
        },
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
                    new { number = 4, dueDate = "2026-11-15", amount = 100.00m },
                },
            },
        },
        operations = new object[] { new { externalId = "O-1", card = "K-1", date = "2026-03-10", amount = 150.00m, title = "Wpłata" } },
    };
}
