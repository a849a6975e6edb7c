using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>Reads a test's outcome straight from the database, inside one gmina (its RLS and query filters apply).</summary>
public static class TenantQuery
{
    public static async Task<T> InTenantAsync<T>(EboiAppFactory app, string gmina, Func<EboiDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseTenant((await db.Tenants.SingleAsync(t => t.Slug == gmina)).Id);
        return await query(db);
    }
}
