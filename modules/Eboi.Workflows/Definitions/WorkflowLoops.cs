namespace Eboi.Workflows.Definitions;

/// <summary>
/// Finds instant loops: transitions that lead back to an earlier activity without passing a "czekaj" (wait) step.
/// Such a loop would spin through steps in one go until the engine's step cap faults it, so it is refused at save time.
/// A loop through "czekaj" is fine: each round waits for time or an event. Pure (unit-tested).
/// </summary>
internal static class WorkflowLoops
{
    public static IEnumerable<WorkflowError> InstantLoops(WorkflowDocument doc)
    {
        var ids = doc.Activities.Select(a => a.Id).Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList();
        var edges = doc.Transitions.Where(t => ids.Contains(t.From) && ids.Contains(t.To)).ToList();
        foreach (var component in StronglyConnected(ids, edges))
        {
            // A single step is no loop here: a step leading to itself is refused by the validator's own check.
            if (component.Count == 1) continue;
            var members = component.ToHashSet();
            if (doc.Activities.Any(a => members.Contains(a.Id) && Waits(a))) continue;
            var inOrder = ids.Where(members.Contains).ToList();
            var at = doc.Transitions.FindIndex(t => members.Contains(t.From) && members.Contains(t.To));
            yield return new($"transitions[{at}].to",
                $"Kroki {string.Join(", ", inOrder.Select(id => $"„{id}”"))} tworzą pętlę bez kroku „{WorkflowTaskNames.Wait}”: proces przechodziłby je w kółko bez przerwy. "
                + $"Dodaj do pętli krok „{WorkflowTaskNames.Wait}” albo usuń jedno z przejść.");
        }
    }

    /// <summary>Whether a step pauses the instance (so a loop through it is not instant).</summary>
    private static bool Waits(WorkflowDocumentActivity a) => a.Task == WorkflowTaskNames.Wait;

    /// <summary>Tarjan's strongly connected components, each in discovery order (recursive: a workflow has at most 50 steps).</summary>
    private static List<List<string>> StronglyConnected(List<string> nodes, List<WorkflowDocumentTransition> edges)
    {
        var next = nodes.ToDictionary(n => n, n => edges.Where(e => e.From == n).Select(e => e.To).Distinct().ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        var counter = 0;

        void Visit(string v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in next[v])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            } while (x != v);
            component.Reverse();
            result.Add(component);
        }

        foreach (var n in nodes.Where(n => !index.ContainsKey(n))) Visit(n);
        return result;
    }
}
