using System.Net.Http.Json;
using Eboi.ApiKeys.Keys;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Taxes;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>What the tax import tests share: keys, the import call, queries inside a gmina, verified citizens.</summary>
internal static class TaxTestData
{
    public const string Pesel1 = "85031512344";
    public const string Pesel2 = "87072204561";
    public const string Nip = "5250000015";
    public const string Nrb = "30 1020 1026 0000 1702 0123 4567";

    public static async Task<string> KeyAsync(EboiAppFactory app, string gmina, string scope)
    {
        await using var s = app.Services.CreateAsyncScope();
        var db = s.ServiceProvider.GetRequiredService<EboiDbContext>();
        var tenant = await s.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        var result = await db.ForTenantAsync(tenant!.Id, ct => s.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync("system podatkowy", scope, "test", ct));
        return result.RawKey!;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string gmina, string? key, object batch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{gmina}{TaxesApiRoutes.Import}") { Content = JsonContent.Create(batch) };
        if (key is not null) request.Headers.Add(ApiKeyRequest.HeaderName, key);
        return await client.SendAsync(request);
    }

    public static async Task<T> InTenantAsync<T>(EboiAppFactory app, string gmina, Func<EboiDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseTenant((await db.Tenants.SingleAsync(t => t.Slug == gmina)).Id);
        return await query(db);
    }

    /// <summary>A verified citizen account with this PESEL (what the office's verification leaves).</summary>
    public static async Task<Guid> VerifiedCitizenAsync(EboiAppFactory app, string gmina, string pesel, string email)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        var user = new EboiUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, FirstName = "Anna", LastName = "Testowa", Pesel = pesel,
            RegisteredAt = DateTimeOffset.UtcNow, LockoutEnabled = true, Verification = VerificationStatus.Verified, VerifiedAt = DateTimeOffset.UtcNow,
        };
        Assert.True((await users.CreateAsync(user, Users.StaffAccounts.Password)).Succeeded);
        return user.Id;
    }

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
