using Eboi.Cases;
using Eboi.Cases.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Eboi.IntegrationTests.Cases.CasesTestData;

namespace Eboi.IntegrationTests.Cases;

/// <summary>
/// The recipes' demo.cases (seeded as ./eboi run does): the demo citizens of each gmina are linked by PESEL/NIP to a case in
/// progress and a finished one, see them with their PDFs and the office's letters in Odebrane, the first one's message in
/// Wysłane and in the EZD inbox; applying the recipe again adds nothing.
/// </summary>
public sealed class CasesDemoTests : FreshAppTest
{
    [Fact]
    public async Task Demo_citizens_see_their_cases_letters_and_message_and_reapplying_adds_nothing()
    {
        foreach (var gmina in new[] { "siedlec", "kozy", "pokrzywnica", "pulawy" })
        {
            var (cases, linked, files, messages) = await InTenantAsync(App, gmina, async db => (
                await db.Set<Case>().CountAsync(), await db.Set<CaseParty>().CountAsync(p => p.UserId != null),
                await db.Set<DocumentFile>().CountAsync(), await db.Set<CaseMessage>().CountAsync()));
            Assert.Equal((6, 6, 9, 1), (cases, linked, files, messages));
        }

        const string Gmina = "kozy";
        // Demo citizens' passwords are generated at seeding and listed in demo-accounts.txt (gmina, e-mail, password, role).
        var account = (await File.ReadAllLinesAsync(Path.Combine(App.DataPath, "demo-accounts.txt"))).Select(l => l.Split('\t'))
            .Single(l => l[0] == Gmina && l[1] == "piotr.nowak@kozy.eboi.localhost");
        var piotr = App.CreateClient(new() { AllowAutoRedirect = false });
        var (login, _) = await FormPost.SubmitAsync(piotr, $"/{Gmina}{Eboi.Users.UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = account[1], ["Form.Password"] = account[2] });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        var (_, list) = await Html.GetAsync(piotr, $"/{Gmina}{CasesPaths.MyCases}");
        var sign = list.QuerySelector("#sprawy tbody td a")!.TextContent.Trim();
        Assert.StartsWith("RP.3120.1.", sign);
        var (_, detail) = await Html.GetAsync(piotr, $"/{Gmina}{CasesPaths.Case(sign)}");
        Assert.Equal(4, detail.QuerySelectorAll("ol.timeline li").Length);
        var pdf = await piotr.GetAsync(detail.QuerySelector("a[href*='/pisma/']")!.GetAttribute("href"));
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..8]);
        Assert.Contains("Pytanie o termin decyzji", detail.QuerySelector("main")!.TextContent);

        var (_, received) = await Html.GetAsync(piotr, $"/{Gmina}{CasesPaths.Correspondence}");
        Assert.Equal(2, received.QuerySelectorAll("#korespondencja tbody tr").Length);
        var (_, sent) = await Html.GetAsync(piotr, $"/{Gmina}{CasesPaths.CorrespondenceIn("wyslane")}");
        Assert.Contains("Pytanie o termin decyzji", sent.QuerySelector("#korespondencja")!.TextContent);
        var pull = await PullOkAsync(App.CreateClient(), Gmina, await KeyAsync(App, Gmina));
        Assert.Equal(sign, Assert.Single(pull.GetProperty("items").EnumerateArray()).GetProperty("caseSign").GetString());

        var before = await CountsAsync(Gmina);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<RecipeApplier>().ApplyAsync(
                RecipeSource.FromFile(Path.Combine(RecipePaths.FindRecipesFolder(), $"{Gmina}.recipe.json")), new RecipeApplyOptions(Slug: Gmina, Demo: true));
            Assert.Equal(0, result.Changes);
        }
        Assert.Equal(before, await CountsAsync(Gmina));
    }

    private Task<string> CountsAsync(string gmina) => InTenantAsync(App, gmina, async db => string.Join("|",
        await db.Set<Case>().CountAsync(), await db.Set<CaseStage>().CountAsync(), await db.Set<CaseParty>().CountAsync(),
        await db.Set<CaseDocument>().CountAsync(), await db.Set<DocumentFile>().CountAsync(), await db.Set<CaseMessage>().CountAsync(),
        await db.Set<InboxItem>().CountAsync()));
}
