using Eboi.Core.Cli;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;
using Eboi.Recipes;
using Eboi.Recipes.Cli;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.HostPanel.Cli;

/// <summary>eboi tenant create: creates (or brings up to date) a tenant from a recipe, the same code as the host panel.</summary>
internal sealed class TenantCreateCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["tenant", "create"];

    public IReadOnlyList<string> Usage =>
    [
        "eboi tenant create SLUG --recipe PLIK [--host NAZWA]... [--admin E-MAIL [--admin-name \"IMIĘ NAZWISKO\"]] [--demo]",
        "    --admin: pierwszy administrator urzędu (rola Administrator) – dostanie e-mail z zaproszeniem",
        "    i sam ustawi hasło; ponowne wywołanie nie wysyła zaproszenia drugi raz",
    ];

    public void ConfigureServices(IServiceCollection services) => services.AddScoped<IRecipeStepObserver, ConsoleStepObserver>();

    public async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args is not [var slug, .. var rest]) throw new CliUsageException();
        string? recipe = null, admin = null, adminName = null;
        var hosts = new List<string>();
        var demo = false;
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case "--recipe" when i + 1 < rest.Length: recipe = rest[++i]; break;
                case "--host" when i + 1 < rest.Length: hosts.Add(HostNames.Normalize(rest[++i])); break;
                case "--admin" when i + 1 < rest.Length: admin = rest[++i].Trim(); break;
                case "--admin-name" when i + 1 < rest.Length: adminName = rest[++i]; break;
                case "--demo": demo = true; break;
                default: throw new CliUsageException();
            }
        }
        if (recipe is null || (adminName is not null && admin is null)) throw new CliUsageException();
        if (!File.Exists(recipe)) { Console.Error.WriteLine($"Nie ma pliku {recipe}"); return 2; }
        await services.GetRequiredService<MigrationRunner>().MigrateAsync();
        var options = new RecipeApplyOptions(slug, hosts, demo, admin is null ? null : [RecipeUser.Administrator(admin, adminName)]);
        RecipeApplyResult result;
        try
        {
            result = await services.GetRequiredService<RecipeApplier>().ApplyAsync(RecipeSource.FromFile(recipe), options);
        }
        catch (RecipeValidationException e)
        {
            return RecipeErrorsOutput.Write(e);
        }
        Console.WriteLine(result.Created
            ? $"Utworzono urząd „{result.Slug}” ({result.Changes} zmian)."
            : result.Changes == 0 ? $"Urząd „{result.Slug}” jest już zgodny z przepisem (bez zmian)." : $"Zaktualizowano urząd „{result.Slug}” ({result.Changes} zmian).");
        // The CLI only stages the invitations; the app's outbox worker delivers them.
        if (admin is not null)
            Console.WriteLine($"Administrator {admin}: nowe konto dostanie zaproszenie e-mailem, gdy działa aplikacja (kolejka wiadomości).");
        return 0;
    }
}
