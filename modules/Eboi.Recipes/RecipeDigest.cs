using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Eboi.Recipes;

/// <summary>Which version of a recipe a tenant was built from: the SHA-256 of its JSON text (lower-case hex).</summary>
public static class RecipeDigest
{
    public static string Of(JsonElement recipe) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipe.GetRawText())));
}
