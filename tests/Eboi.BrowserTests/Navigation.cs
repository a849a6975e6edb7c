using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>
/// Submits a GET form and waits for the new URL. Chromium on these 2-core machines occasionally drops a click that
/// lands while the previous page still settles (seen twice in ~20 runs: the network went idle, no request left);
/// the submit is repeated once with Enter, and that is reported, so a real failure still fails.
/// </summary>
public static class Navigation
{
    public static Task SubmitAsync(IPage page, Func<Task> submit, string urlContains) =>
        SubmitAsync(page, submit, u => u.Contains(urlContains, StringComparison.Ordinal));

    /// <summary>The same, for a destination known only by where it is not (e.g. "left the login page").</summary>
    public static async Task SubmitAsync(IPage page, Func<Task> submit, Func<string, bool> arrived)
    {
        await submit();
        try
        {
            await page.WaitForURLAsync(arrived, new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"[browser] submit did not navigate from {page.Url}; pressing Enter once more");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(arrived, new() { Timeout = 20_000 });
        }
    }
}
