using AngleSharp.Html.Parser;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;

namespace Eboi.IntegrationTests.Catalog;

/// <summary>The host-level service finder shows each office's own title for a shared service: no office relabels it for the others.</summary>
public sealed class ServiceDirectoryTitlesTests : FreshAppTest
{
    [Fact]
    public async Task Each_office_keeps_its_own_title_for_the_same_library_service()
    {
        var editor = await StaffAccounts.SignInAsync(App, "siedlec", (await StaffAccounts.CreateAsync(App, "siedlec", "Redaktor")).Email);
        var card = await CatalogEditor.CardUrlAsync(editor, "siedlec", "Wydanie dowodu osobistego");
        // Alphabetically first, so a finder picking one title for all offices would pick this one.
        await CatalogEditor.SaveAsync(editor, card, new Dictionary<string, string?> { ["Form.Title"] = "Aaa – dowód w Siedlcu" });
        await FormPost.SubmitAsync(editor, card, new Dictionary<string, string>(), formSelector: "form[action*='handler=Publish']");

        var page = await new HtmlParser().ParseDocumentAsync(await App.CreateClient().GetStringAsync("/?usluga=dowod-osobisty"));
        var rows = page.QuerySelectorAll(".finder .service-list li")
            .ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!, li => li.QuerySelector(".service-title")!.TextContent.Trim());
        Assert.Equal("Aaa – dowód w Siedlcu", rows["/siedlec/katalog-spraw/dowod-osobisty"]);
        Assert.Equal("Wydanie dowodu osobistego", rows["/kozy/katalog-spraw/dowod-osobisty"]);
        Assert.Equal("Wydanie dowodu osobistego", rows["/pulawy/katalog-spraw/dowod-osobisty"]);

        // The shared option names the title most offices use first; the other office's title does not replace it.
        var option = page.QuerySelector("#usluga option[value='dowod-osobisty']")!.TextContent;
        Assert.StartsWith("Wydanie dowodu osobistego / Aaa – dowód w Siedlcu", option);
    }
}
