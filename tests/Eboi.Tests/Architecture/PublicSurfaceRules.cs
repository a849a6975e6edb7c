using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eboi.Tests.Architecture;

/// <summary>
/// A module's public surface is its root namespace (Eboi.Catalog for the Eboi.Catalog assembly): every public type
/// elsewhere is an internal detail that leaked. Types MVC only finds when public (view components, tag helpers) are exempt.
/// </summary>
public static class PublicSurfaceRules
{
    /// <returns>The full names of public types outside <paramref name="rootNamespace"/>, sorted.</returns>
    public static IReadOnlyList<string> Violations(string rootNamespace, IEnumerable<Type> exportedTypes) =>
        exportedTypes
            .Where(t => !t.IsNested && t.Namespace != rootNamespace && !MustBePublicForMvc(t))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool MustBePublicForMvc(Type type) =>
        typeof(ViewComponent).IsAssignableFrom(type) || typeof(ITagHelper).IsAssignableFrom(type);
}
