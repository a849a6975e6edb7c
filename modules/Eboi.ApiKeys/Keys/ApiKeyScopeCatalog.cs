using Eboi.Core.Security;

namespace Eboi.ApiKeys.Keys;

/// <summary>The scopes the modules registered (<see cref="ApiKeyScopeServiceCollectionExtensions.AddApiKeyScope"/>), in name order.</summary>
internal sealed class ApiKeyScopeCatalog(IEnumerable<ApiKeyScope> registered)
{
    public IReadOnlyList<ApiKeyScope> All { get; } = registered.DistinctBy(s => s.Name).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyCollection<string> Names => All.Select(s => s.Name).ToList();

    /// <summary>The Polish label of a scope; its name when no module registers it any more.</summary>
    public string LabelOf(string name) => All.FirstOrDefault(s => s.Name == name)?.Label ?? name;
}
