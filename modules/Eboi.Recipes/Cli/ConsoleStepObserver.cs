namespace Eboi.Recipes;

/// <summary>Prints each applied recipe step and its number of changes (CLI only).</summary>
public sealed class ConsoleStepObserver : IRecipeStepObserver
{
    public Task OnStepAppliedAsync(string step, int changes, CancellationToken ct)
    {
        Console.WriteLine($"  {step}: {changes} zmian");
        return Task.CompletedTask;
    }
}
