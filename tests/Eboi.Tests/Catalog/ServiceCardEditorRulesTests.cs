using System.Text.Json.Nodes;
using Eboi.Catalog.Admin;
using Eboi.Catalog.Domain;
using Eboi.Tests.Recipes;

namespace Eboi.Tests.Catalog;

/// <summary>The staff editor's pure rules: cards round-trip through the form unchanged, addresses, links.</summary>
public sealed class ServiceCardEditorRulesTests
{
    public static TheoryData<string> Gminy() => [.. RecipeFiles.Gminy];

    [Theory]
    [MemberData(nameof(Gminy))]
    public void Every_seeded_card_passes_the_rules_and_saves_back_unchanged(string gmina)
    {
        var loaded = RecipeFiles.Load(gmina).Catalog();
        var titles = loaded.Categories.ToDictionary(c => c.Key, c => c.Title);
        for (var i = 0; i < loaded.Services.Count; i++)
        {
            var card = loaded.Services[i];
            var draft = ServiceCardDraft.From(card, i, titles);
            var form = ServiceCardForm.From(draft.Title, draft.Slug, draft.Category, draft.Data, 1);
            Assert.Empty(ServiceCardRules.Check(form, titles.Keys));

            var again = ServiceCardDraft.From(form.ToCard(card["key"]!.GetValue<string>(), draft.Slug, draft.Data), i, titles);
            var expected = WithoutEmptyLists(draft.Data);
            Assert.True(JsonNode.DeepEquals(expected, again.Data), $"{gmina}/{draft.Slug}: {expected.ToJsonString()} != {again.Data.ToJsonString()}");
            Assert.Equal((draft.Title, draft.Slug, draft.Category, draft.SearchKeywords, draft.SearchText),
                (again.Title, again.Slug, again.Category, again.SearchKeywords, again.SearchText));
        }
    }

    // "forms": [] in a recipe means the same as no forms; the editor leaves empty lists out.
    private static JsonObject WithoutEmptyLists(JsonObject data)
    {
        var copy = (JsonObject)data.DeepClone();
        foreach (var name in copy.Where(p => p.Value is JsonArray { Count: 0 }).Select(p => p.Key).ToList()) copy.Remove(name);
        return copy;
    }

    [Fact]
    public void Form_text_is_split_cleaned_and_empty_fields_left_out()
    {
        var form = new ServiceCardForm
        {
            Title = "  Wypożyczenie sprzętu ", Category = "pomoc", Description = "Akapit.\r\n\r\n- punkt\r\n",
            RequiredDocuments = "Wniosek\r\n\r\n  Zaświadczenie  \r\n", Keywords = "kule, wózek\r\nbalkonik\r\nKule",
            Place = new PlaceInput { Room = "pokój 5" }, EpuapUrl = " ",
            Forms = [new() { Title = "Wniosek", Url = "https://example.pl/w.pdf" }, new()],
        };
        var card = form.ToCard("k", "s", new JsonObject { ["summary"] = "stary", ["extra"] = "zachowane" });
        Assert.Equal("Wypożyczenie sprzętu", card["title"]!.GetValue<string>());
        Assert.Equal("Akapit.\n\n- punkt", card["description"]!.GetValue<string>());
        Assert.Equal(["Wniosek", "Zaświadczenie"], card["requiredDocuments"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["kule", "wózek", "balkonik"], card["keywords"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("""{"room":"pokój 5"}""", card["place"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Single(card["forms"]!.AsArray());
        Assert.Null(card["summary"]);   // cleared by the editor
        Assert.Null(card["epuapUrl"]);
        Assert.Equal("zachowane", card["extra"]!.GetValue<string>());   // unknown fields survive an edit
        Assert.False(card["online"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("Wydanie dowodu osobistego", "wydanie-dowodu-osobistego")]
    [InlineData("Zażółć gęślą jaźń – 2026 r.", "zazolc-gesla-jazn-2026-r")]
    [InlineData("  (Odpis) aktu — USC!  ", "odpis-aktu-usc")]
    [InlineData("???", "")]
    public void Address_is_made_from_the_title(string title, string slug) => Assert.Equal(slug, ServiceSlug.FromTitle(title));

    [Fact]
    public void Long_titles_give_addresses_cut_at_a_word_end()
    {
        var slug = ServiceSlug.FromTitle(string.Join(" ", Enumerable.Repeat("zezwolenie", 20)));
        Assert.True(ServiceSlug.IsValid(slug));
        Assert.True(slug.Length <= ServiceSlug.MaxLength);
        Assert.EndsWith("zezwolenie", slug);
        Assert.True(ServiceSlug.IsValid(ServiceSlug.WithSuffix(slug, 12)));
    }

    [Theory]
    [InlineData("dowod-osobisty", true)]
    [InlineData("a1", true)]
    [InlineData("Dowod", false)]
    [InlineData("dowód", false)]
    [InlineData("dowod--osobisty", false)]
    [InlineData("-dowod", false)]
    [InlineData("dowod osobisty", false)]
    public void Address_format(string slug, bool valid) => Assert.Equal(valid, ServiceSlug.IsValid(slug));

    [Theory]
    [InlineData("https://www.gov.pl/web/gov/uzyskaj-dowod-osobisty", true, true)]
    [InlineData("http://bip.example.pl/wniosek.pdf", true, true)]
    [InlineData("/kozy/wniosek-o-powiazanie-konta-firmy", false, true)]
    [InlineData("//evil.example/x", false, false)]
    [InlineData("javascript:alert(1)", false, false)]
    [InlineData("ftp://example.pl/w.pdf", false, false)]
    [InlineData("https://example.pl/a b.pdf", false, false)]
    [InlineData("www.gov.pl", false, false)]
    public void Links_must_be_http_or_a_portal_path(string url, bool web, bool form)
    {
        Assert.Equal(web, ServiceCardRules.IsWebUrl(url));
        Assert.Equal(form, ServiceCardRules.IsFormUrl(url));
    }
}
