using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.IntegrationTests.Catalog;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Content;

namespace Eboi.IntegrationTests.Content;

/// <summary>Markdown saved through the staff editors with a javascript: link is published without it, while an https link survives.</summary>
public sealed class ContentLinkSafetyTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();
    private const string Markdown = "Zobacz [niebezpieczny](javascript:alert(1)), [ukryty](jav&#x09;ascript:alert(2)) i [BIP](https://bip.example.pl/strona).";

    [Fact]
    public async Task A_page_is_published_without_its_javascript_link()
    {
        var editor = await EditorAsync("siedlec");
        var list = await Parser.ParseDocumentAsync(await editor.GetStringAsync($"/siedlec{ContentPaths.AdminPages}"));
        var help = list.QuerySelectorAll("main table a").First(a => a.TextContent == "Pomoc").GetAttribute("href")!;
        await FormPost.SubmitAsync(editor, help, new Dictionary<string, string> { ["Title"] = "Pomoc", ["Body"] = Markdown }, formSelector: "form[action*='handler=Save']");
        await FormPost.SubmitAsync(editor, help, new Dictionary<string, string>(), formSelector: "form[action*='handler=Publish']");

        AssertOnlySafeLinks(await PublicAsync("/siedlec/pomoc"));
    }

    [Fact]
    public async Task The_regulamin_is_published_without_its_javascript_link()
    {
        var editor = await EditorAsync("kozy");
        var list = await Parser.ParseDocumentAsync(await editor.GetStringAsync($"/kozy{ContentPaths.AdminPages}"));
        var regulamin = list.QuerySelectorAll("main table tr").First(tr => tr.TextContent.Contains(ContentPaths.Regulamin)).QuerySelector("a")!.GetAttribute("href")!;
        var (saved, _) = await FormPost.SubmitAsync(editor, regulamin, new Dictionary<string, string>
            { ["Title"] = "Regulamin", ["Body"] = "## §1\n\n" + Markdown, ["Version"] = "2.0", ["EffectiveFrom"] = "2026-01-01" }, formSelector: "form[action*='handler=Save']");
        Assert.True((int)saved.StatusCode < 400, $"save answered {saved.StatusCode}");
        await FormPost.SubmitAsync(editor, regulamin, new Dictionary<string, string>(), formSelector: "form[action*='handler=Publish']");

        AssertOnlySafeLinks(await PublicAsync($"/kozy{ContentPaths.Regulamin}"));
    }

    [Fact]
    public async Task A_service_card_is_published_without_its_javascript_link()
    {
        var editor = await EditorAsync("siedlec");
        var card = await CatalogEditor.CardUrlAsync(editor, "siedlec", "Wydanie dowodu osobistego");
        var (saved, _) = await CatalogEditor.SaveAsync(editor, card, new Dictionary<string, string?> { ["Form.Description"] = Markdown });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        await FormPost.SubmitAsync(editor, card, new Dictionary<string, string>(), formSelector: "form[action*='handler=Publish']");

        AssertOnlySafeLinks(await PublicAsync("/siedlec/katalog-spraw/dowod-osobisty"));
    }

    private async Task<HttpClient> EditorAsync(string gmina) =>
        await StaffAccounts.SignInAsync(App, gmina, (await StaffAccounts.CreateAsync(App, gmina, "Redaktor")).Email);

    private async Task<IHtmlDocument> PublicAsync(string url) => await Parser.ParseDocumentAsync(await App.CreateClient().GetStringAsync(url));

    private static void AssertOnlySafeLinks(IHtmlDocument page)
    {
        var main = page.QuerySelector("main")!;
        Assert.Contains("niebezpieczny", main.TextContent);   // the text stays, unlinked
        Assert.Contains("ukryty", main.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Replace("\t", "").Contains("script:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(main.QuerySelectorAll("a"), a => a.TextContent is "niebezpieczny" or "ukryty");
        Assert.Single(main.QuerySelectorAll("a[href='https://bip.example.pl/strona']"));
    }
}
