using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Catalog;
using Eboi.Content;
using Eboi.Core.Security;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Catalog;

/// <summary>
/// The staff catalog editor (/admin/katalog): Polish validation next to each field with the input kept, the draft →
/// publish → restore → unpublish cycle as citizens and the host directory see it, and who may do what.
/// </summary>
public sealed class CatalogAdminTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Invalid_card_is_refused_with_polish_messages_next_to_the_fields_and_the_input_kept()
    {
        var (email, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Redaktor");
        var editor = await StaffAccounts.SignInAsync(App, "siedlec", email);
        var valid = new Dictionary<string, string>
        {
            ["Form.Title"] = "Wypożyczenie sprzętu rehabilitacyjnego", ["Form.Category"] = "swiadczenia-i-pomoc-spoleczna",
            ["Form.Description"] = "Gmina **wypożycza** wózki i kule.",
        };
        // (changed field, value, field id, part of the expected message)
        (string Field, string Value, string Id, string Message)[] cases =
        [
            ("Form.Title", "", "Form_Title", "Wpisz nazwę usługi"),
            ("Form.Title", new string('a', 201), "Form_Title", "najwyżej 200 znaków"),
            ("Form.Slug", "Wózek Inwalidzki", "Form_Slug", "tylko małe litery bez polskich znaków"),
            ("Form.Slug", "dowod-osobisty", "Form_Slug", "ma już karta „Wydanie dowodu osobistego”"),
            ("Form.Slug", "--", "Form_Slug", "tylko małe litery"),
            ("Form.Category", "", "Form_Category", "Wybierz kategorię"),
            ("Form.Category", "nie-ma-takiej", "Form_Category", "Wybierz kategorię z listy"),
            ("Form.Summary", new string('b', 301), "Form_Summary", "najwyżej 300 znaków"),
            ("Form.Description", "  ", "Form_Description", "Opisz, czego dotyczy sprawa"),
            ("Form.Forms[0].Url", "https://example.pl/wniosek.pdf", "Form_Forms_0__Title", "Wpisz nazwę formularza nr 1"),
            ("Form.Forms[0].Title", "Wniosek", "Form_Forms_0__Url", "Wpisz adres formularza nr 1"),
            ("Form.EpuapUrl", "javascript:alert(1)", "Form_EpuapUrl", "musi zaczynać się od https:// lub http://"),
            ("Form.EpuapUrl", "www.gov.pl/web/gov", "Form_EpuapUrl", "musi zaczynać się od https:// lub http://"),
        ];
        foreach (var (field, value, id, message) in cases)
        {
            var fields = new Dictionary<string, string>(valid) { [field] = value };
            var (response, doc) = await FormPost.SubmitAsync(editor, $"/siedlec{CatalogPaths.AdminNew}", fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, doc.FieldError(id));
            Assert.NotNull(doc.QuerySelector($".error-summary a[href='#{id}']"));
            Assert.StartsWith("Błąd: ", doc.Title);
            if (field != "Form.Title") Assert.Equal(valid["Form.Title"], doc.QuerySelector<IHtmlInputElement>("#Form_Title")!.Value);
            if (field == "Form.Slug") Assert.Equal(value, doc.QuerySelector<IHtmlInputElement>("#Form_Slug")!.Value);
        }

        // A form URL that is wrong is kept as typed, next to its title; ftp is refused, a portal path is allowed.
        var (_, badForm) = await FormPost.SubmitAsync(editor, $"/siedlec{CatalogPaths.AdminNew}", new Dictionary<string, string>(valid)
            { ["Form.Forms[0].Title"] = "Wniosek", ["Form.Forms[0].Url"] = "ftp://example.pl/w.pdf", ["Form.Forms[1].Title"] = "Druk", ["Form.Forms[1].Url"] = "/siedlec/druk" });
        Assert.Contains("Adres formularza nr 1 musi zaczynać się od https://", badForm.FieldError("Form_Forms_0__Url"));
        Assert.Equal("ftp://example.pl/w.pdf", badForm.QuerySelector<IHtmlInputElement>("#Form_Forms_0__Url")!.Value);
        Assert.Null(badForm.FieldError("Form_Forms_1__Url"));
        Assert.Equal(4, badForm.QuerySelectorAll("fieldset.form-link").Length);   // two typed rows and two blank ones

        // Nothing was saved by the refused attempts; a valid card gets its address from the title, a second one "-2".
        Assert.DoesNotContain("Wypożyczenie sprzętu", await editor.GetStringAsync($"/siedlec{CatalogPaths.AdminList}"));
        var (created, _) = await FormPost.SubmitAsync(editor, $"/siedlec{CatalogPaths.AdminNew}", valid);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (again, _) = await FormPost.SubmitAsync(editor, $"/siedlec{CatalogPaths.AdminNew}", valid);
        var second = await Parser.ParseDocumentAsync(await editor.GetStringAsync(again.Headers.Location!.OriginalString));
        Assert.Equal("/katalog-spraw/wypozyczenie-sprzetu-rehabilitacyjnego-2", second.QuerySelector("main .summary-list")!.QuerySelectorAll("dd")[1].TextContent.Trim());
        Assert.Contains("szkic", second.QuerySelector("main .summary-list")!.TextContent);
    }

    [Fact]
    public async Task Redaktor_drafts_publishes_restores_and_unpublishes_a_card_as_citizens_and_the_directory_see_it()
    {
        var (email, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Redaktor");
        var editor = await StaffAccounts.SignInAsync(App, "siedlec", email);
        var citizen = App.CreateClient();
        const string publicUrl = "/siedlec/katalog-spraw/dowod-osobisty";
        const string keyword = "hulajnoga";
        Assert.Contains("Wydanie dowodu osobistego", await citizen.GetStringAsync(publicUrl));   // cached from here on
        Assert.DoesNotContain("dowod-osobisty", await citizen.GetStringAsync($"/siedlec{CatalogPaths.List}?q={keyword}"));
        Assert.Contains("/siedlec/katalog-spraw/dowod-osobisty", await citizen.GetStringAsync("/?usluga=dowod-osobisty"));   // host finder, cached

        var card = await CatalogEditor.CardUrlAsync(editor, "siedlec", "Wydanie dowodu osobistego");
        var original = await Parser.ParseDocumentAsync(await editor.GetStringAsync(card));
        var keywords = original.QuerySelector("#Form_Keywords")!.TextContent;
        var (saved, _) = await CatalogEditor.SaveAsync(editor, card, new Dictionary<string, string?>
        {
            ["Form.Title"] = "Wydanie dowodu osobistego (e-dowód)",
            ["Form.Summary"] = "Nowy opis karty od redaktora.",
            ["Form.Keywords"] = keywords + "\r\n" + keyword,
            ["Form.Online"] = "true",
        }, next: "podglad");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var preview = await Parser.ParseDocumentAsync(await editor.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.Equal("Wydanie dowodu osobistego (e-dowód)", preview.QuerySelector("main article.service-card h1")!.TextContent);
        Assert.Contains("Nowy opis karty od redaktora.", preview.QuerySelector("main article.service-card")!.TextContent);

        // a draft changes nothing public
        Assert.DoesNotContain("Nowy opis karty", await citizen.GetStringAsync(publicUrl));
        Assert.DoesNotContain("dowod-osobisty", await citizen.GetStringAsync($"/siedlec{CatalogPaths.List}?q={keyword}"));
        Assert.Equal<(string, bool)?>(("Wydanie dowodu osobistego", false), await CatalogEditor.DirectoryRowAsync(Db, "siedlec", "dowod-osobisty"));
        var list = await editor.GetStringAsync($"/siedlec{CatalogPaths.AdminList}?stan=zmiany");
        Assert.Contains("Wydanie dowodu osobistego (e-dowód)", list);

        await FormPost.SubmitAsync(editor, saved.Headers.Location!.OriginalString, new Dictionary<string, string>(), formSelector: "form[action*='handler=Publish']");
        var published = await citizen.GetStringAsync(publicUrl);
        Assert.Contains("Nowy opis karty od redaktora.", published);
        Assert.Contains("Sprawę można załatwić przez internet", published);
        Assert.Contains("dowod-osobisty", await citizen.GetStringAsync($"/siedlec{CatalogPaths.List}?q={keyword}"));
        Assert.Equal<(string, bool)?>(("Wydanie dowodu osobistego (e-dowód)", true), await CatalogEditor.DirectoryRowAsync(Db, "siedlec", "dowod-osobisty"));
        Assert.DoesNotContain("Wydanie dowodu osobistego (e-dowód)", await editor.GetStringAsync($"/siedlec{CatalogPaths.AdminList}?stan=zmiany"));

        // restore version 1 (the recipe's) as a new draft, publish it: the old card is back
        await FormPost.SubmitAsync(editor, card, new Dictionary<string, string>(), formSelector: "form[action*='handler=Restore'][action*='number=1']");
        var restored = await editor.GetStringAsync(card);
        Assert.Contains("Wersję nr 1 przywrócono jako wersję roboczą nr 3", restored);
        Assert.Contains("Nowy opis karty", await citizen.GetStringAsync(publicUrl));
        await FormPost.SubmitAsync(editor, card, new Dictionary<string, string>(), formSelector: "form[action*='handler=Publish']");
        Assert.DoesNotContain("Nowy opis karty", await citizen.GetStringAsync(publicUrl));
        Assert.Equal<(string, bool)?>(("Wydanie dowodu osobistego", false), await CatalogEditor.DirectoryRowAsync(Db, "siedlec", "dowod-osobisty"));

        await FormPost.SubmitAsync(editor, card, new Dictionary<string, string>(), formSelector: "form[action*='handler=Unpublish']");
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(publicUrl)).StatusCode);
        Assert.DoesNotContain("dowod-osobisty", await citizen.GetStringAsync($"/siedlec{CatalogPaths.List}?q=dowód osobisty"));
        Assert.Null(await CatalogEditor.DirectoryRowAsync(Db, "siedlec", "dowod-osobisty"));
        var finder = await citizen.GetStringAsync("/?usluga=dowod-osobisty");
        Assert.DoesNotContain("/siedlec/katalog-spraw/dowod-osobisty", finder);
        Assert.Contains("/kozy/katalog-spraw/dowod-osobisty", finder);
        Assert.Contains("Wydanie dowodu osobistego", await editor.GetStringAsync($"/siedlec{CatalogPaths.AdminList}?stan=wycofana"));

        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Administrator");
        var admin = await StaffAccounts.SignInAsync(App, "siedlec", adminEmail);
        foreach (var (auditEvent, details) in new[] { ("DraftSaved", "wersja 2"), ("Published", "wersja 2"), ("VersionRestored", "wersja 1 jako wersja 3"), ("Unpublished", "wersja 3") })
        {
            var audit = await Parser.ParseDocumentAsync(await admin.GetStringAsync($"/siedlec{UserAdminPaths.AuditLog}?zdarzenie={auditEvent}"));
            var rows = audit.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
            Assert.Contains(rows, r => r.Contains("KartaUslugi: Wydanie dowodu osobistego") && r.Contains(details) && r.Contains(email));
        }
    }

    [Fact]
    public async Task Only_editors_of_this_tenant_see_the_catalog_and_only_publishers_publish()
    {
        await CatalogEditor.CreateRoleAsync(App, "kozy", "Autor", ContentPermissions.Edit);
        var (authorEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Autor");
        var (clerkEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Urzędnik");
        var (citizenEmail, _) = await StaffAccounts.CreateAsync(App, "kozy");
        var (otherEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Redaktor");
        var author = await StaffAccounts.SignInAsync(App, "kozy", authorEmail);
        var clerk = await StaffAccounts.SignInAsync(App, "kozy", clerkEmail);
        var citizen = await StaffAccounts.SignInAsync(App, "kozy", citizenEmail);
        var other = await StaffAccounts.SignInAsync(App, "siedlec", otherEmail);
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });

        var card = await CatalogEditor.CardUrlAsync(author, "kozy", "Wydanie dowodu osobistego");
        foreach (var url in new[] { $"/kozy{CatalogPaths.AdminList}", $"/kozy{CatalogPaths.AdminNew}", card, card + "/podglad" })
        {
            var anon = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anon.StatusCode);
            Assert.Contains($"/kozy{UserPaths.Login}", anon.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(url)).StatusCode);
        }
        // another office's editor: her cookie is not valid here, and this card's id does not exist in her office
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync($"/kozy{CatalogPaths.AdminList}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(card.Replace("/kozy/", "/siedlec/"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(card.Replace("/kozy/", "/siedlec/") + "/podglad")).StatusCode);

        // an author without content.publish saves drafts but gets no publish buttons, and forged posts are refused
        var (saved, _) = await CatalogEditor.SaveAsync(author, card, new Dictionary<string, string?> { ["Form.Summary"] = "Wersja autora." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // a form opened before that save (version 1) is not saved over it silently; sent again, it is
        var (stale, staleDoc) = await CatalogEditor.SaveAsync(author, card, new Dictionary<string, string?> { ["Form.BaseVersion"] = "1", ["Form.Summary"] = "Stary formularz." });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("zapisano nowszą wersję karty (nr 2", staleDoc.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Stary formularz.", staleDoc.QuerySelector<IHtmlInputElement>("#Form_Summary")!.Value);
        Assert.Equal("2", staleDoc.QuerySelector<IHtmlInputElement>("input[name='Form.BaseVersion']")!.Value);

        var page = await Parser.ParseDocumentAsync(await author.GetStringAsync(card));
        Assert.Empty(page.QuerySelectorAll("main form[action*='handler=Publish'], main form[action*='handler=Unpublish'], main form[action*='handler=Restore']"));
        var token = page.QuerySelector("main form[action*='handler=Save'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var handler in new[] { "Publish&number=2", "Unpublish", "Restore&number=1" })
        {
            var forged = await author.PostAsync($"{card}?handler={handler}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }
        Assert.DoesNotContain("Wersja autora.", await App.CreateClient().GetStringAsync("/kozy/katalog-spraw/dowod-osobisty"));

        // a post without the antiforgery token is refused even for an editor
        var noToken = await author.PostAsync($"{card}?handler=Save", new FormUrlEncodedContent([new("Form.Title", "X")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }
}
