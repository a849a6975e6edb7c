using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Eboi.Core.Web;

/// <summary>
/// Looks up layouts and partials in the tenant's theme first (/Themes/{Theme}/...), then in Base, so a theme
/// overrides only the views it needs. The theme is part of the view cache key.
/// </summary>
public sealed class ThemeViewLocationExpander : IViewLocationExpander
{
    private const string Key = "theme";

    public void PopulateValues(ViewLocationExpanderContext context) =>
        context.Values[Key] = context.ActionContext.HttpContext.GetTenant()?.Theme ?? ThemeNames.Base;

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var theme = context.Values.TryGetValue(Key, out var t) && t is not null ? t : ThemeNames.Base;
        if (theme != ThemeNames.Base) yield return $"/Themes/{theme}/{{0}}.cshtml";
        yield return "/Themes/Base/{0}.cshtml";
        yield return "/Themes/Admin/{0}.cshtml";
        foreach (var location in viewLocations) yield return location;
    }
}
