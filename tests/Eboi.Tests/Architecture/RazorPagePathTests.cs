using System.Reflection;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Eboi.Tests.Architecture;

/// <summary>
/// Razor pages are found by their path inside their assembly ("/Admin/ListPage.cshtml"); two modules with the same
/// path make one page silently replace the other's (Payments' staff list once showed FaultReports' page).
/// </summary>
public sealed class RazorPagePathTests
{
    private const string RazorPageKind = "mvc.1.0.razor-page";

    [Fact]
    public void No_two_modules_have_a_razor_page_at_the_same_path()
    {
        var pages = LoadedModules.ByProject
            .SelectMany(m => m.Value.GetType().Assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
                .Where(a => a.Kind == RazorPageKind)
                .Select(a => (Module: m.Key, Path: a.Identifier)))
            .ToList();

        Assert.True(pages.Count > 50, $"Only {pages.Count} pages found: the scan looks in the wrong place.");
        var clashes = pages.GroupBy(p => p.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Module))}").ToList();
        Assert.True(clashes.Count == 0, "Pages at the same path in two modules (rename one):\n" + string.Join("\n", clashes));
    }
}
