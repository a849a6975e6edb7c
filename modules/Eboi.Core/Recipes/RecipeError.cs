namespace Eboi.Core.Recipes;

/// <summary>One problem in a recipe: where (JSON path such as $.catalog.services[3].title) and what, in Polish.</summary>
public sealed record RecipeError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Thrown when a recipe is invalid; carries every error found, not only the first.</summary>
public sealed class RecipeValidationException(IReadOnlyList<RecipeError> errors)
    : Exception($"Przepis zawiera błędy ({errors.Count}):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
