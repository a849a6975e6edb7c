using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.ApiKeys.Cli;

/// <summary>What the apikey verbs share: the schema brought up to date and the gmina found by its slug (Polish error otherwise).</summary>
internal static class CliTenant
{
    /// <summary>Who the audit log and the key's created_by/revoked_by name for a CLI change.</summary>
    public const string Actor = "operator (wiersz poleceń)";

    public static async Task<TenantInfo?> FindAsync(IServiceProvider services, string slug)
    {
        await services.GetRequiredService<MigrationRunner>().MigrateAsync();
        var tenant = await services.GetRequiredService<TenantRegistry>().FindBySlugAsync(slug.Trim().ToLowerInvariant());
        if (tenant is null) Console.Error.WriteLine($"Nie ma urzędu „{slug}”.");
        return tenant;
    }
}
