namespace Eboi.ApiKeys.Admin;

/// <summary>What the new-key form posts, as typed; checked by <see cref="Domain.ApiKeyRules"/>.</summary>
internal sealed class ApiKeyForm
{
    public string? Name { get; set; }
    public string? Scope { get; set; }
}
