namespace Eboi.IntegrationTests.Security;

/// <summary>The table and the endpoint table must name the same routes: a new route needs a row, a gone route loses it.</summary>
public static class TableCoverage
{
    public static IEnumerable<string> Problems(IReadOnlyList<MappedRoute> routes, ExpectationTable table, string tableOwner)
    {
        var mapped = routes.Select(r => r.Key).ToHashSet();
        foreach (var route in routes.Where(r => table.Find(r.Key) is null))
            yield return $"MISSING ROW: the app maps {route.Key} ({Methods(route)}) but {tableOwner} has no expectation for it. " +
                         $"Add a row {{ {route.Scope}, \"{route.Pattern}\", Access.<who may open it> }} (with a path if it has parameters).";
        foreach (var row in table.Where(r => !mapped.Contains(r.Key)))
            yield return $"STALE ROW: {tableOwner} expects {row.Key}, which the app no longer maps. Remove the row or correct its scope/pattern.";
        foreach (var route in routes)
            if (table.Find(route.Key) is { } row)
                foreach (var handler in row.Access.HandlerPermissions.Keys.Where(h => !route.PostHandlers.Contains(h)))
                    yield return $"STALE HANDLER: the row for {route.Key} names POST handler '{handler}', which the page no longer has.";
        foreach (var row in table.Where(r => r.HasParameters && r.Paths is null))
            yield return $"NO PATH: the row for {row.Key} has route parameters; give it a path filled from the seeded data.";
    }

    private static string Methods(MappedRoute route) =>
        (route.Methods.Count == 0 ? "any method" : string.Join("/", route.Methods))
        + (route.PostHandlers.Count > 0 ? ", POST handlers: " + string.Join(", ", route.PostHandlers.Select(h => h ?? "(default)")) : "");
}
