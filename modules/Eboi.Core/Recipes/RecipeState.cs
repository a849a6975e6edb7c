namespace Eboi.Core.Recipes;

/// <summary>
/// What a step works out while validating and needs again when applying (e.g. the catalog with its library merged),
/// one value per type, kept with the loaded recipe.
/// </summary>
public sealed class RecipeState
{
    private readonly Dictionary<Type, object> _values = [];

    public void Set<T>(T value) where T : class => _values[typeof(T)] = value;

    public T? Get<T>() where T : class => _values.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
