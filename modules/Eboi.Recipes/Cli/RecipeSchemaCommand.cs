using Eboi.Core.Cli;
using Eboi.Recipes.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Recipes.Cli;

/// <summary>eboi recipe schema: prints the recipe schema the installed modules make (recipes/recipe.schema.json is this output).</summary>
internal sealed class RecipeSchemaCommand : ICliCommand
{
    public IReadOnlyList<string> Words => ["recipe", "schema"];
    public IReadOnlyList<string> Usage => ["eboi recipe schema   (schemat przepisu z modułów tej instalacji; recipes/recipe.schema.json)"];

    public Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        if (args.Length != 0) throw new CliUsageException();
        Console.WriteLine(services.GetRequiredService<RecipeSchema>().Document.ToJsonString(RecipeSchema.FileFormat));
        return Task.FromResult(0);
    }
}
