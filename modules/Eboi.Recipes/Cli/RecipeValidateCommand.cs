using Eboi.Core.Cli;
using Eboi.Core.Recipes;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Recipes.Cli;

/// <summary>eboi recipe validate PLIK: checks a recipe (schema and rules) without a database.</summary>
internal sealed class RecipeValidateCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["recipe", "validate"];
    public IReadOnlyList<string> Usage => ["eboi recipe validate PLIK"];

    public Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args is not [var file]) throw new CliUsageException();
        if (!File.Exists(file)) { Console.Error.WriteLine($"Nie ma pliku {file}"); return Task.FromResult(2); }
        try
        {
            var loaded = services.GetRequiredService<RecipeLoader>().Load(RecipeSource.FromFile(file));
            Console.WriteLine($"OK: {file} – urząd „{loaded.Recipe.Tenant.OfficeName}”{string.Concat(loaded.Summary.Select(s => ", " + s))}.");
            return Task.FromResult(0);
        }
        catch (RecipeValidationException e)
        {
            return Task.FromResult(RecipeErrorsOutput.Write(e));
        }
    }
}
