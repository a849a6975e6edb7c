using Eboi.Catalog.Recipes;
using Eboi.Cms.Hosting;
using Eboi.Content.Recipes;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;
using Eboi.HostPanel.Accounts;
using Eboi.Recipes.Applying;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;

namespace Eboi.Cms.Cli;

/// <summary>
/// The operator's verbs: recipe validate, tenant create|list|disable|enable, operator create|reset|block|unblock, migrate. They use the same services
/// as the web host and the host panel, so a tenant created here is served by a running app within seconds.
/// </summary>
public static class CliCommands
{
    private static readonly HashSet<string> Verbs = ["recipe", "tenant", "migrate", "operator"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Eboi", LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddEboiApplication(builder.Configuration);
        builder.Services.AddScoped<IRecipeStepObserver, ConsoleStepObserver>();
        using var host = builder.Build();
        using var scope = host.Services.CreateScope();
        var sp = scope.ServiceProvider;
        try
        {
            return args switch
            {
                ["recipe", "validate", var file] => Validate(sp, file),
                ["migrate"] => await MigrateAsync(sp),
                ["tenant", "list"] => await ListAsync(sp),
                ["tenant", "disable", var slug] => await SetStateAsync(sp, slug, TenantState.Disabled),
                ["tenant", "enable", var slug] => await SetStateAsync(sp, slug, TenantState.Active),
                ["tenant", "create", var slug, .. var rest] => await CreateAsync(sp, slug, rest),
                ["operator", "create", var login, .. var rest] => await CreateOperatorAsync(sp, login, rest),
                ["operator", "reset", var login] => await ResetOperatorAsync(sp, login),
                ["operator", "block", var login] => await BlockOperatorAsync(sp, login, blocked: true),
                ["operator", "unblock", var login] => await BlockOperatorAsync(sp, login, blocked: false),
                _ => Usage(),
            };
        }
        catch (RecipeValidationException e)
        {
            Console.Error.WriteLine($"Przepis nie został zastosowany. Błędy ({e.Errors.Count}):");
            foreach (var error in e.Errors) Console.Error.WriteLine($"  {error.Path}: {error.Message}");
            return 1;
        }
    }

    private static int Validate(IServiceProvider sp, string file)
    {
        if (!File.Exists(file)) { Console.Error.WriteLine($"Nie ma pliku {file}"); return 2; }
        var loaded = sp.GetRequiredService<RecipeLoader>().Load(RecipeSource.FromFile(file));
        var catalog = loaded.State.Get<ResolvedCatalog>();
        var pages = loaded.Read<List<RecipePage>>("pages")?.Count ?? 0;
        Console.WriteLine($"OK: {file} – urząd „{loaded.Recipe.Tenant.OfficeName}”, {catalog?.Services.Count ?? 0} kart usług w {catalog?.Categories.Count ?? 0} kategoriach, {pages} stron.");
        return 0;
    }

    private static async Task<int> MigrateAsync(IServiceProvider sp)
    {
        var applied = await sp.GetRequiredService<MigrationRunner>().MigrateAsync();
        Console.WriteLine(applied.Count == 0 ? "Baza danych jest aktualna." : $"Zastosowano migracje: {string.Join(", ", applied)}");
        return 0;
    }

    private static async Task<int> CreateAsync(IServiceProvider sp, string slug, string[] rest)
    {
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
                default: return Usage();
            }
        }
        if (recipe is null || (adminName is not null && admin is null)) return Usage();
        if (!File.Exists(recipe)) { Console.Error.WriteLine($"Nie ma pliku {recipe}"); return 2; }
        await sp.GetRequiredService<MigrationRunner>().MigrateAsync();
        var options = new RecipeApplyOptions(slug, hosts, demo, admin is null ? null : [RecipeUser.Administrator(admin, adminName)]);
        var result = await sp.GetRequiredService<RecipeApplier>().ApplyAsync(RecipeSource.FromFile(recipe), options);
        Console.WriteLine(result.Created
            ? $"Utworzono urząd „{result.Slug}” ({result.Changes} zmian)."
            : result.Changes == 0 ? $"Urząd „{result.Slug}” jest już zgodny z przepisem (bez zmian)." : $"Zaktualizowano urząd „{result.Slug}” ({result.Changes} zmian).");
        // The CLI only stages the invitations; the app's outbox worker delivers them.
        if (admin is not null)
            Console.WriteLine($"Administrator {admin}: nowe konto dostanie zaproszenie e-mailem, gdy działa aplikacja (kolejka wiadomości).");
        return 0;
    }

    private static async Task<int> CreateOperatorAsync(IServiceProvider sp, string login, string[] rest)
    {
        var name = rest is ["--name", var n] ? n : rest.Length == 0 ? login : null;
        if (name is null) return Usage();
        await sp.GetRequiredService<MigrationRunner>().MigrateAsync();
        var operators = sp.GetRequiredService<OperatorAccounts>();
        if (await operators.ExistsAsync(login))
        {
            Console.Error.WriteLine($"Operator „{login}” już istnieje; nowe hasło nada: eboi operator reset {login}");
            return 1;
        }
        var password = await operators.CreateAsync(login, name);
        Console.WriteLine($"Utworzono operatora „{login.Trim().ToLowerInvariant()}”. Hasło (pokazywane tylko teraz): {password}");
        Console.WriteLine("Panel operatora: /admin na adresie głównym portalu.");
        return 0;
    }

    private static async Task<int> BlockOperatorAsync(IServiceProvider sp, string login, bool blocked)
    {
        if (!await sp.GetRequiredService<OperatorAccounts>().SetBlockedAsync(login, blocked))
        {
            Console.Error.WriteLine($"Nie ma operatora „{login}”.");
            return 1;
        }
        Console.WriteLine(blocked
            ? $"Zablokowano operatora „{login}”; jego sesje wygasły, nie zaloguje się do odblokowania (eboi operator unblock {login})."
            : $"Odblokowano operatora „{login}”.");
        return 0;
    }

    private static async Task<int> ResetOperatorAsync(IServiceProvider sp, string login)
    {
        var password = await sp.GetRequiredService<OperatorAccounts>().ResetPasswordAsync(login);
        if (password is null)
        {
            Console.Error.WriteLine($"Nie ma operatora „{login}”.");
            return 1;
        }
        Console.WriteLine($"Nowe hasło operatora „{login}” (pokazywane tylko teraz; dotychczasowe sesje wygasły): {password}");
        return 0;
    }

    private static async Task<int> ListAsync(IServiceProvider sp)
    {
        var tenants = await sp.GetRequiredService<TenantAdministration>().ListAsync();
        Console.WriteLine($"{"SLUG",-16} {"STAN",-10} {"MOTYW",-12} {"NAZWA",-28} HOSTY");
        foreach (var t in tenants)
            Console.WriteLine($"{t.Slug,-16} {TenantStateLabels.Of(t.State),-10} {t.Theme,-12} {t.Name,-28} {string.Join(",", t.OrderedHosts)}");
        Console.WriteLine($"Razem: {tenants.Count}");
        return 0;
    }

    private static async Task<int> SetStateAsync(IServiceProvider sp, string slug, TenantState state)
    {
        if (!await sp.GetRequiredService<TenantAdministration>().SetStateAsync(slug, state))
        {
            Console.Error.WriteLine($"Nie ma urzędu „{slug}”.");
            return 1;
        }
        Console.WriteLine(state == TenantState.Active ? $"Urząd „{slug}” włączony." : $"Urząd „{slug}” wyłączony (strony odpowiadają 503).");
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Użycie:
              eboi recipe validate PLIK
              eboi tenant create SLUG --recipe PLIK [--host NAZWA]... [--admin E-MAIL [--admin-name "IMIĘ NAZWISKO"]] [--demo]
                  --admin: pierwszy administrator urzędu (rola Administrator) – dostanie e-mail z zaproszeniem
                  i sam ustawi hasło; ponowne wywołanie nie wysyła zaproszenia drugi raz
              eboi tenant list
              eboi tenant disable|enable SLUG
              eboi operator create LOGIN [--name "Imię Nazwisko"]
              eboi operator reset LOGIN
              eboi operator block LOGIN | unblock LOGIN
              eboi migrate
            """);
        return 2;
    }

    private sealed class ConsoleStepObserver : IRecipeStepObserver
    {
        public Task OnStepAppliedAsync(string step, int changes, CancellationToken ct)
        {
            Console.WriteLine($"  {step}: {changes} zmian");
            return Task.CompletedTask;
        }
    }
}
