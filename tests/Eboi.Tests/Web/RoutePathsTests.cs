using System.Reflection;
using Eboi.Catalog;
using Eboi.Content;
using Eboi.Email;
using Eboi.HostPanel;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Eboi.Tests.Web;

/// <summary>The modules' route constants (*Paths) cannot drift from the pages: each equals the @page route of a page of its module.</summary>
public sealed class RoutePathsTests
{
    private static readonly Assembly[] Modules =
        [typeof(CatalogPaths).Assembly, typeof(ContentPaths).Assembly, typeof(EmailAdminPaths).Assembly, typeof(HostPanelPaths).Assembly, typeof(UserPaths).Assembly,
         typeof(Eboi.Workflows.WorkflowsPaths).Assembly];

    [Fact]
    public void Every_route_constant_is_the_route_of_a_page_of_its_module()
    {
        var constants = Modules.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Paths", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Name: $"{t.Name}.{f.Name}", Value: (string)f.GetRawConstantValue()!, Routes: RoutesOf(t.Assembly))))
            .ToList();

        Assert.True(constants.Count >= 30, $"only {constants.Count} route constants found");
        Assert.All(constants, c => Assert.True(c.Routes.Contains(c.Value), $"{c.Name} = \"{c.Value}\" is no page's route in {c.Routes.Count} routes of its module"));
    }

    // Razor compiles each page's @page route into metadata on the page class.
    private static HashSet<string> RoutesOf(Assembly module) =>
        module.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RazorCompiledItemMetadataAttribute>())
            .Where(m => m.Key == "RouteTemplate")
            .Select(m => m.Value)
            .ToHashSet(StringComparer.Ordinal);
}
