using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and fails with a readable list of violations.</summary>
public static class Accessibility
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var report = string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"[{v.Impact}] {v.Id}: {v.Help} ({string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})"));
        Assert.True(result.Violations.Length == 0, $"axe violations on {page.Url}:{Environment.NewLine}{report}");
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, name + ".png"), FullPage = true });
}
