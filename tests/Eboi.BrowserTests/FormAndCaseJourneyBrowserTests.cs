using Eboi.Cases;
using Eboi.Forms;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>
/// Issue 11's journey in chromium: a verified citizen fills the waste declaration, saves a draft, comes back to it from
/// Korespondencja → Robocze, attaches a file, reviews and sends it, and downloads the signed UPO; a clerk of a gmina
/// without an EZD opens a case for the sent form and replies with a PDF; the citizen finds the reply in Odebrane, the
/// case in /sprawy and its znak on the sent form. axe on every page of ours.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormAndCaseJourneyBrowserTests(BrowserApp app)
{
    private const string Gmina = "kozy";
    private const string Pesel = "85031512344";
    private const string WasteForm = "Deklaracja o wysokości opłaty za gospodarowanie odpadami komunalnymi";
    private const string ReplyTitle = "Potwierdzenie przyjęcia deklaracji";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_citizen_sends_the_waste_declaration_from_a_draft_with_a_file_gets_the_upo_and_finds_the_clerks_reply()
    {
        var (email, _) = await StaffAccounts.CreateCitizenAsync(app.Factory, Gmina, Pesel);
        var citizen = await app.NewPageAsync();
        await SignIn.AsAsync(app, citizen, Gmina, email, StaffAccounts.Password);

        // The list of forms, the form's description, "Wypełnij formularz": a draft.
        await citizen.GotoAsync(Url(FormsPaths.List));
        await Accessibility.AssertNoViolationsAsync(citizen);
        await citizen.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = WasteForm }).ClickAsync();
        await Assertions.Expect(citizen.Locator("main h1")).ToHaveTextAsync(WasteForm);
        await Accessibility.AssertNoViolationsAsync(citizen);
        await Navigation.SubmitAsync(citizen, () => citizen.GetByRole(AriaRole.Button, new() { Name = "Wypełnij formularz" }).ClickAsync(), "/formularze/robocze/");
        var draftUrl = citizen.Url;

        // Part of it now, saved as a draft (nothing is checked yet: a draft may be incomplete).
        await citizen.Locator("#odp_okolicznosci").SelectOptionAsync("pierwsza deklaracja");
        await citizen.Locator("#odp_skladajacy").SelectOptionAsync("właściciel");
        await citizen.Locator("#odp_imie_nazwisko").FillAsync("Anna Testowa");
        await citizen.Locator("#odp_pesel").FillAsync(Pesel);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Zapisz wersję roboczą" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#zapisano")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(citizen);

        // Later: Korespondencja → Robocze leads back to the draft as it was left.
        await citizen.GotoAsync(Url(CasesPaths.CorrespondenceIn("robocze")));
        await Accessibility.AssertNoViolationsAsync(citizen);
        await citizen.Locator("#korespondencja tbody").GetByRole(AriaRole.Link, new() { Name = WasteForm }).ClickAsync();
        await citizen.WaitForURLAsync(draftUrl);
        await Assertions.Expect(citizen.Locator("#odp_imie_nazwisko")).ToHaveValueAsync("Anna Testowa");
        await Assertions.Expect(citizen.Locator("#odp_okolicznosci")).ToHaveValueAsync("pierwsza deklaracja");

        // The rest, with a file; "Dalej" first refuses what is missing, at its field, keeping the file and the answers.
        await citizen.Locator("#odp_zalacznik").SetInputFilesAsync(new FilePayload { Name = "pelnomocnictwo.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await citizen.Locator("#odp_data_obowiazku").FillAsync("2026-10-01");
        foreach (var prefix in new[] { "adres_zamieszkania", "adres_nieruchomosci" })
        {
            await citizen.Locator($"#odp_{prefix}_ulica").FillAsync("Szkolna");
            await citizen.Locator($"#odp_{prefix}_numer").FillAsync("12");
            await citizen.Locator($"#odp_{prefix}_kod").FillAsync("43-340");
            await citizen.Locator($"#odp_{prefix}_miejscowosc").FillAsync("Kozy");
        }
        await citizen.Locator("#odp_liczba_osob").FillAsync("3");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Dalej" }).ClickAsync();
        await Assertions.Expect(citizen.Locator(".error-summary")).ToContainTextAsync("Oświadczam");
        await Assertions.Expect(citizen.Locator("#odp_liczba_osob")).ToHaveValueAsync("3");
        await Assertions.Expect(citizen.Locator(".attached-files")).ToContainTextAsync("pelnomocnictwo.pdf");
        await Accessibility.AssertNoViolationsAsync(citizen);
        await citizen.Locator("#odp_oswiadczenie").CheckAsync();
        await Navigation.SubmitAsync(citizen, () => citizen.GetByRole(AriaRole.Button, new() { Name = "Dalej" }).ClickAsync(), "/sprawdz");

        // Review, send: the sent page, the UPO to print and the signed XML.
        await Assertions.Expect(citizen.GetByRole(AriaRole.Main)).ToContainTextAsync("pelnomocnictwo.pdf");
        await Accessibility.AssertNoViolationsAsync(citizen);
        await Navigation.SubmitAsync(citizen, () => citizen.GetByRole(AriaRole.Button, new() { Name = "Wyślij formularz" }).ClickAsync(), "/formularze/wyslane/");
        var sentUrl = citizen.Url;
        await Accessibility.AssertNoViolationsAsync(citizen);
        var download = await citizen.RunAndWaitForDownloadAsync(() =>
            citizen.GetByRole(AriaRole.Link, new() { Name = "Pobierz UPO w formacie XML (z podpisem elektronicznym urzędu)" }).ClickAsync());
        var upo = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("UPD", upo);
        Assert.Contains("SignatureValue", upo);
        Assert.Contains(WasteForm, upo);
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Urzędowe poświadczenie odbioru (UPO) do wydruku" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("main h1")).ToContainTextAsync("poświadczenie odbioru");
        await Accessibility.AssertNoViolationsAsync(citizen);

        // The clerk: the sent form, "Załóż sprawę i odpowiedz" (filled from the form), then the reply in that case.
        var (clerkEmail, _) = await StaffAccounts.CreateAsync(app.Factory, Gmina, "Urzędnik");
        var clerk = await app.NewPageAsync();
        await SignIn.AsAsync(app, clerk, Gmina, clerkEmail, StaffAccounts.Password);
        await clerk.GotoAsync(Url(FormsPaths.AdminSubmissions));
        await Accessibility.AssertNoViolationsAsync(clerk);
        await clerk.Locator("main tr", new() { HasText = "Anna Testowa" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(clerk.Locator("main h1")).ToHaveTextAsync(WasteForm);
        await Accessibility.AssertNoViolationsAsync(clerk);
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Załóż sprawę i odpowiedz" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#Form_Pesel")).ToHaveValueAsync(Pesel);
        await Accessibility.AssertNoViolationsAsync(clerk);
        await clerk.Locator("#Form_Unit").FillAsync("RF");
        await clerk.Locator("#Form_Jrwa").FillAsync("3162");
        await clerk.Locator("#Form_JrwaName").FillAsync("Opłata za gospodarowanie odpadami komunalnymi");
        await Navigation.SubmitAsync(clerk, () => clerk.GetByRole(AriaRole.Button, new() { Name = "Załóż sprawę" }).ClickAsync(), "#pismo");
        var sign = (await clerk.Locator("main h1 .caption").InnerTextAsync()).Trim();
        Assert.StartsWith("RF.3162.", sign);
        await Accessibility.AssertNoViolationsAsync(clerk);
        await clerk.Locator("#Document_Title").FillAsync(ReplyTitle);
        await clerk.Locator("#Plik").SetInputFilesAsync(new FilePayload { Name = "potwierdzenie.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Wyślij pismo do strony" }).ClickAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Main)).ToContainTextAsync("Wysłano pismo");
        await Accessibility.AssertNoViolationsAsync(clerk);

        // The citizen: the reply in Odebrane, the case in /sprawy, the znak on the sent form.
        await citizen.GotoAsync(Url(CasesPaths.Correspondence));
        await Assertions.Expect(citizen.Locator("#korespondencja tbody")).ToContainTextAsync(ReplyTitle);
        await Accessibility.AssertNoViolationsAsync(citizen);
        await citizen.GotoAsync(Url(CasesPaths.MyCases));
        await citizen.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = sign }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Main)).ToContainTextAsync(ReplyTitle);
        await Accessibility.AssertNoViolationsAsync(citizen);
        await Accessibility.ScreenshotAsync(citizen, "sprawa-z-odpowiedzia");
        await citizen.GotoAsync(sentUrl);
        await Assertions.Expect(citizen.Locator("#numer-kancelaryjny")).ToContainTextAsync(sign);
        Assert.Contains("Nowe pismo", (await CaughtMail.WaitForMessageTo(email, $"Nowe pismo w sprawie {sign}")).Subject);
    }

    private string Url(string path) => new Uri(app.BaseUri, $"/{Gmina}{path}").ToString();
}
