using System.Text.RegularExpressions;
using Eboi.Core.Modules;

namespace Eboi.Tests.Recipes;

/// <summary>The four recipes carry the real data of the seeds.</summary>
public sealed class GminaRecipesTests
{
    [Theory]
    [InlineData("siedlec", "ul. Zbąszyńska 17", "64-212", "Siedlec", null, null)]
    [InlineData("pokrzywnica", "Aleja Jana Pawła II 1", "06-121", "Pokrzywnica", "ug@pokrzywnica.pl", "23 691 87 21")]
    [InlineData("kozy", "ul. Krakowska 4", "43-340", "Kozy", null, "33 829 86 50")]
    [InlineData("pulawy", "ul. Dęblińska 4", "24-100", "Puławy", null, null)]
    public void Office_address_and_contact_come_from_the_seeds(string gmina, string street, string postalCode, string city, string? email, string? phone)
    {
        var t = RecipeFiles.Load(gmina).Recipe.Tenant.Profile;
        Assert.Equal(street, t.Address.Street);
        Assert.Equal(postalCode, t.Address.PostalCode);
        Assert.Equal(city, t.Address.City);
        if (email is not null) Assert.Equal(email, t.Contact.Email);
        if (phone is not null) Assert.Equal(phone, t.Contact.Phone);
    }

    public static TheoryData<string> Gminy() => new(RecipeFiles.Gminy);

    [Theory]
    [MemberData(nameof(Gminy))]
    public void Catalog_has_at_least_25_services_in_the_required_categories(string gmina)
    {
        var loaded = RecipeFiles.Load(gmina);
        Assert.True(loaded.Services().Count >= 25, $"{gmina}: {loaded.Services().Count}");
        Assert.True(loaded.Categories().Count >= 10, $"{gmina}: {loaded.Categories().Count} categories");
        Assert.Contains(loaded.Services(), s => s["title"]!.GetValue<string>().Contains("powiązanie konta", StringComparison.OrdinalIgnoreCase));
        foreach (var card in loaded.Services())
        {
            foreach (var field in new[] { "title", "description", "requiredDocuments", "fees", "timeLimit", "place", "appeal", "legalBasis" })
                Assert.True(card[field] is not null, $"{gmina}/{card["key"]}: missing {field}");
        }
    }

    [Theory]
    [MemberData(nameof(Gminy))]
    public void Each_gmina_has_help_regulamin_and_accessibility_data(string gmina)
    {
        var loaded = RecipeFiles.Load(gmina);
        var r = loaded.Recipe;
        Assert.Contains(loaded.Pages(), p => p.Slug == "pomoc" && p.Body.Length > 1000);
        Assert.NotNull(loaded.Regulamin());
        Assert.Contains("§", loaded.Regulamin()!.Body);
        Assert.NotNull(r.Tenant.Profile.Accessibility);
        Assert.Contains(ModuleNames.Catalog, r.Modules);
    }

    [Fact]
    public void Pokrzywnica_regulamin_is_word_for_word_the_seed()
    {
        var seed = File.ReadAllText(Path.Combine(RecipeFiles.SeedsFolder(), "001_3a3c4fdca135d14d.txt"));
        var start = seed.IndexOf("REGULAMIN ELEKTRONICZNEGO BIURA", StringComparison.Ordinal);
        var end = seed.IndexOf("Zakładanie kont", start, StringComparison.Ordinal);
        Assert.True(end > start);
        var words = Words(seed[start..end]);
        var regulamin = RecipeFiles.Load("pokrzywnica").Regulamin()!;
        var body = Words(regulamin.Title + " " + regulamin.Body);

        // Every word of the seed, in the seed's order, and nothing but layout in between (list marks, headings).
        var matched = 0;
        foreach (var word in body)
            if (matched < words.Count && word == words[matched]) matched++;
        Assert.True(matched == words.Count, $"the recipe departs from the seed at word {matched}: „{string.Join(" ", words.Skip(matched).Take(8))}”");
        Assert.True(body.Count <= words.Count * 1.05, $"{body.Count} words in the recipe vs {words.Count} in the seed");
    }

    private static List<string> Words(string text) =>
        Regex.Matches(text, @"[\p{L}\d]+").Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length > 1).ToList();
}
