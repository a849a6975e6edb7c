using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;

namespace Eboi.Catalog.Recipes;

/// <summary>The tenant's words a library card may contain as tokens: {urzad}, {gmina}, {organ}, {adres}.</summary>
internal sealed record TenantTokens(string Name, string OfficeName, TenantProfile Profile)
{
    private sealed record Names(string Name = "", string OfficeName = "");

    /// <summary>Read from the recipe's "tenant" (the name and office name, and the rest as the office profile).</summary>
    public static TenantTokens Of(JsonElement recipe)
    {
        var tenant = RecipeJson.Property(recipe, "tenant");
        var names = tenant?.Deserialize<Names>(JsonColumn.Options) ?? new();
        return new(names.Name, names.OfficeName, tenant?.Deserialize<TenantProfile>(JsonColumn.Options) ?? new());
    }

    public Dictionary<string, string> Tokens() => new()
    {
        ["{urzad}"] = OfficeName,
        ["{gmina}"] = Name,
        ["{organ}"] = Profile.HeadTitle,
        ["{adres}"] = Profile.Address.ToString(),
    };
}
