using System.Net;
using Eboi.Forms;
using Eboi.Forms.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Microsoft.EntityFrameworkCore;
using static Eboi.IntegrationTests.Forms.FormsFlow;

namespace Eboi.IntegrationTests.Forms;

/// <summary>
/// The citizen side of e-forms: who may fill (verified accounts only), GOV.UK validation with answers kept, drafts
/// only their owner reaches, attachments checked by their bytes, review and a one-off send with its UPO.
/// </summary>
public sealed class CitizenFormTests : FreshAppTest
{
    [Fact]
    public async Task The_recipes_forms_are_listed_and_visitors_and_unverified_citizens_are_told_why_they_cannot_fill_them()
    {
        var (_, list) = await Html.GetAsync(App.CreateClient(), $"/{Gmina}{FormsPaths.List}");
        Assert.Equal(["Wniosek o udostępnienie informacji publicznej", "Deklaracja o wysokości opłaty za gospodarowanie odpadami komunalnymi",
            "Wniosek o wydanie zaświadczenia o niezaleganiu w podatkach"], list.QuerySelectorAll("#formularze a").Select(a => a.TextContent.Trim()));

        // The catalog's service card links its form.
        var (_, card) = await Html.GetAsync(App.CreateClient(), $"/{Gmina}{Eboi.Catalog.CatalogPaths.DetailOf("deklaracja-odpady")}");
        Assert.Equal($"/{Gmina}{FormsPaths.Form(Waste)}", card.QuerySelector("#zloz-wniosek-online")!.GetAttribute("href"));
        Assert.Equal("Złóż wniosek online", card.QuerySelector("#zloz-wniosek-online")!.TextContent);

        var (_, visitor) = await Html.GetAsync(App.CreateClient(), $"/{Gmina}{FormsPaths.Form(Waste)}");
        Assert.Contains(UserPaths.Login, visitor.QuerySelector("#niezalogowany a")!.GetAttribute("href"));
        Assert.Null(visitor.QuerySelector("main form[method=post] button"));

        var (unverified, _) = await CitizenAsync(App, Gmina, verified: false);
        var client = await StaffAccounts.SignInAsync(App, Gmina, unverified);
        var (_, page) = await Html.GetAsync(client, $"/{Gmina}{FormsPaths.Form(Waste)}");
        Assert.EndsWith(UserPaths.Verification, page.QuerySelector("#niezweryfikowane a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("main form[method=post]"));
        // There is no button to start a draft, and a draft id that is not theirs is a 404.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Gmina}{FormsPaths.Draft(Guid.NewGuid())}")).StatusCode);
    }

    [Fact]
    public async Task Dalej_with_wrong_answers_shows_the_error_summary_a_message_at_each_field_and_keeps_what_was_typed()
    {
        var (client, _) = await VerifiedClientAsync(App);
        var draft = await StartAsync(client, Waste);
        var (response, page) = await PostAsync(client, draft, new Dictionary<string, string>
        {
            ["imie_nazwisko"] = "Anna Nowak", ["pesel"] = "4405 1401 459", ["liczba_osob"] = "dużo", ["adres_zamieszkania.kod"] = "343",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Błąd: ", page.Title);
        var summary = page.QuerySelector(".error-summary")!;
        var links = summary.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal(("#odp_okolicznosci", "Wybierz: okoliczności złożenia deklaracji"), links[0]);
        Assert.Contains(("#odp_pesel", "PESEL: cyfra kontrolna albo data urodzenia się nie zgadza; sprawdź, czy nie ma literówki"), links);
        Assert.Contains(("#odp_adres_zamieszkania_kod", "Kod pocztowy musi mieć format NN-NNN, np. 34-325"), links);
        Assert.Contains(("#odp_oswiadczenie", "Zaznacz pole „Oświadczam, że dane podane w deklaracji są zgodne z prawdą”"), links);
        Assert.Equal("Liczba osób zamieszkujących nieruchomość musi być liczbą, np. 12 albo 12,5", page.FieldError("odp_liczba_osob"));
        // Every link reaches an input on the page, and what was typed is still there.
        Assert.All(links, l => Assert.NotNull(page.QuerySelector(l.Item1!)));
        Assert.Equal("Anna Nowak", page.QuerySelector("#odp_imie_nazwisko")!.GetAttribute("value"));
        Assert.Equal("4405 1401 459", page.QuerySelector("#odp_pesel")!.GetAttribute("value"));
        Assert.Equal("dużo", page.QuerySelector("#odp_liczba_osob")!.GetAttribute("value"));
        // GOV.UK: no HTML5 validation, optional fields say so, no asterisks.
        Assert.NotNull(page.QuerySelector("form#formularz[novalidate]"));
        Assert.Empty(page.QuerySelectorAll("form#formularz [required]"));
        Assert.Contains("(opcjonalnie)", page.QuerySelector("label[for=odp_telefon]")!.TextContent);
        Assert.DoesNotContain("*", page.QuerySelector("form#formularz")!.TextContent);
    }

    [Fact]
    public async Task A_draft_is_kept_only_for_its_owner_and_sending_it_once_gives_an_upo_even_after_the_back_button()
    {
        var (client, email) = await VerifiedClientAsync(App);
        var draft = await StartAsync(client, PublicInfo);
        var answers = PublicInfoAnswers();
        answers.Remove("forma");
        var (saved, _) = await PostAsync(client, draft, answers, [("zalacznik", "umowa.pdf", Pdf)], handler: "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, reopened) = await Html.GetAsync(client, saved.Headers.Location!.OriginalString);
        Assert.NotNull(reopened.QuerySelector("#zapisano"));
        Assert.Equal("Jan Testowy", reopened.QuerySelector("#odp_wnioskodawca")!.GetAttribute("value"));
        Assert.Equal("umowa.pdf", reopened.QuerySelector(".attached-files a")!.TextContent);
        var attachmentLink = reopened.QuerySelector(".attached-files a")!.GetAttribute("href")!;
        var (_, list) = await Html.GetAsync(client, $"/{Gmina}{FormsPaths.List}");
        Assert.EndsWith(draft[draft.IndexOf(FormsPaths.List, StringComparison.Ordinal)..], list.QuerySelector("#robocze a")!.GetAttribute("href"));

        // Another citizen (and another gmina) never reaches the draft or its file by id.
        var (stranger, _) = await VerifiedClientAsync(App);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(draft)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(draft + "/sprawdz")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(attachmentLink)).StatusCode);
        var (elsewhere, _) = await VerifiedClientAsync(App, "siedlec");
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(draft.Replace($"/{Gmina}/", "/siedlec/"))).StatusCode);
        var file = await client.GetAsync(attachmentLink);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());

        var (next, _) = await PostAsync(client, draft, PublicInfoAnswers());
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var review = next.Headers.Location!.OriginalString;
        var (_, reviewPage) = await Html.GetAsync(client, review);
        Assert.Equal("Sprawdź odpowiedzi", reviewPage.QuerySelector("h1")!.TextContent);
        var rows = reviewPage.QuerySelectorAll("#odpowiedzi > div").ToList();
        Assert.Contains(rows, r => r.QuerySelector("dt")!.TextContent == "Załącznik" && r.QuerySelector("dd")!.TextContent == "umowa.pdf");
        Assert.All(rows, r => Assert.Contains("/robocze/", r.QuerySelector("a")!.GetAttribute("href")));

        var (sent, _) = await FormPost.SubmitAsync(client, review, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var submission = sent.Headers.Location!.OriginalString;
        Assert.Equal(FormsFlow.IdOf(draft), FormsFlow.IdOf(submission));
        var (_, receipt) = await Html.GetAsync(client, submission);
        Assert.Contains("Formularz wysłany", receipt.QuerySelector("#wyslano")!.TextContent);

        // Back button and a second click: the sent page again, never a second submission.
        var back = await client.GetAsync(review);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(submission, back.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(draft)).StatusCode);
        Assert.Equal(1, await InTenantAsync(App, Gmina, (db, _) => db.Set<FormSubmission>().CountAsync(s => s.SenderEmail == email)));

        var upo = await client.GetAsync(submission + "/upo.xml");
        Assert.Equal(HttpStatusCode.OK, upo.StatusCode);
        Assert.Equal("application/xml", upo.Content.Headers.ContentType!.MediaType);
        Assert.Contains("http://crd.gov.pl/xml/schematy/UPO/2008/05/09/", await upo.Content.ReadAsStringAsync());
        var (_, upoPage) = await Html.GetAsync(client, submission + "/upo");
        Assert.Contains("umowa.pdf", upoPage.QuerySelector("#upo-zalaczniki")!.TextContent);
        foreach (var path in new[] { submission, submission + "/upo", submission + "/upo.xml" })
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_type_or_an_oversized_attachment_is_refused_at_its_field_and_nothing_is_stored()
    {
        var (client, _) = await VerifiedClientAsync(App);
        var draft = await StartAsync(client, Certificate);
        var tenant = (await InTenantAsync(App, Gmina, (db, _) => Task.FromResult(db.TenantId)))!.Value;
        var blobs = Path.Combine(App.DataPath, "files", tenant.ToString("N"), "blobs");
        int Blobs() => Directory.Exists(blobs) ? Directory.EnumerateFiles(blobs, "*", SearchOption.AllDirectories).Count() : 0;
        var before = Blobs();
        var gif = "GIF89a\x01\0\x01\0"u8.ToArray();
        var (response, page) = await PostAsync(client, draft, new Dictionary<string, string> { ["imie_nazwisko"] = "Jan Testowy" },
            [("potwierdzenie_oplaty", "przelew.pdf", gif), ("pelnomocnictwo", "duze.pdf", [.. Pdf, .. new byte[FieldLimits.AttachmentMaxBytes]])], handler: "Save");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Plik musi być w formacie PDF, JPG albo PNG (potwierdzenie wniesienia opłaty skarbowej)", page.FieldError("odp_potwierdzenie_oplaty"));
        Assert.Equal("Plik musi być mniejszy niż 10 MB (pełnomocnictwo)", page.FieldError("odp_pelnomocnictwo"));
        Assert.Equal("Jan Testowy", page.QuerySelector("#odp_imie_nazwisko")!.GetAttribute("value"));
        var id = FormsFlow.IdOf(draft);
        Assert.Equal(0, await InTenantAsync(App, Gmina, (db, _) => db.Set<FormAttachment>().CountAsync(a => a.ParentId == id)));
        Assert.Equal(before, Blobs());

        // A real PDF named .png is taken (type by content) and named for what it is.
        var (ok, _) = await PostAsync(client, draft, new Dictionary<string, string>(), [("potwierdzenie_oplaty", "skan.png", Pdf)], handler: "Save");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var stored = await InTenantAsync(App, Gmina, (db, _) => db.Set<FormAttachment>().SingleAsync(a => a.ParentId == id));
        Assert.Equal(("skan.pdf", "application/pdf"), (stored.FileName, stored.ContentType));
        Assert.Equal(before + 1, Blobs());
    }
}
