using System.Collections;
using Eboi.Core.Tenancy;

namespace Eboi.IntegrationTests.Security;

/// <summary>Values from the seeded data that fill route parameters (a real page, card, user of tenant A...).</summary>
public sealed record SeedValues(string ContentPageSlug, string CardSlug, Guid CardId, Guid PageId, Guid UserId, string TemplateKey, string TenantSlug, Guid AnnouncementId,
    string FaultReportWithPhoto, Guid WorkflowId, Guid WorkflowInstanceId, Guid TaxpayerId, Guid CaseId, string CaseFilePath, Guid FormId);

/// <summary>One row: a route, who may open it, and the paths to call it with (required when it has parameters).</summary>
public sealed record Expectation(RouteKey Key, Access Access, Func<SeedValues, string[]>? Paths)
{
    public bool HasParameters => Key.Pattern.Contains('{');

    public string[] PathsFor(SeedValues seed) => Paths?.Invoke(seed) ?? [Key.Pattern];
}

/// <summary>The expectation table, written with collection initialisers: { scope, pattern, access[, path or paths] }.</summary>
public sealed class ExpectationTable : IEnumerable<Expectation>
{
    private readonly Dictionary<RouteKey, Expectation> rows = [];

    public void Add(TenantScope scope, string pattern, Access access) => Add(scope, pattern, access, (Func<SeedValues, string[]>?)null);

    public void Add(TenantScope scope, string pattern, Access access, Func<SeedValues, string> path) => Add(scope, pattern, access, s => [path(s)]);

    public void Add(TenantScope scope, string pattern, Access access, Func<SeedValues, string[]>? paths)
    {
        var key = new RouteKey(scope, pattern);
        if (!rows.TryAdd(key, new Expectation(key, access, paths))) throw new InvalidOperationException($"Two rows for {key}.");
    }

    public Expectation? Find(RouteKey key) => rows.GetValueOrDefault(key);

    public IEnumerator<Expectation> GetEnumerator() => rows.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
