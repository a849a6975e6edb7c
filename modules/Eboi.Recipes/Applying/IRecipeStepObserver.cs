namespace Eboi.Recipes;

/// <summary>Told after each recipe step, inside the transaction (progress output; a throw aborts the whole recipe).</summary>
public interface IRecipeStepObserver
{
    Task OnStepAppliedAsync(string step, int changes, CancellationToken ct);
}
