using System.Net;
using Eboi.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Users;

/// <summary>./eboi run seeds demo staff per gmina and a demo host operator, with generated passwords kept in the data folder, not the repository.</summary>
public sealed class DemoStaffTests : FreshAppTest
{
    [Fact, System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Demo_administrator_of_each_gmina_can_open_its_staff_panel_only()
    {
        var file = Path.Combine(App.DataPath, "demo-accounts.txt");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));   // passwords: owner only
        var all = (await File.ReadAllLinesAsync(file)).Select(l => l.Split('\t')).ToList();
        var lines = all.Where(l => !l[3].StartsWith("mieszkaniec", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, lines.Count);   // Administrator, Redaktor, Urzędnik in four gminy, and the host operator
        Assert.Equal(12, all.Count - lines.Count);   // and three demo citizens per gminy (Taxes' demo data links to them)
        var (slug, email, password) = lines.Where(l => l[3] == "Administrator").Select(l => (l[0], l[1], l[2])).First(l => l.Item1 == "kozy");
        Assert.DoesNotContain(password, await File.ReadAllTextAsync(Path.Combine(CliProcess.RepositoryRoot, "recipes", "kozy.recipe.json")));

        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var (login, _) = await FormPost.SubmitAsync(client, $"/{slug}{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var panel = await client.GetAsync($"/kozy{UserAdminPaths.Users}");
        Assert.Equal(HttpStatusCode.OK, panel.StatusCode);
        Assert.Contains("redaktor@kozy.eboi.localhost", await panel.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/siedlec/admin")).StatusCode);   // its cookie is Kozy's only

        var host = lines.Single(l => l[0] == "(host)");
        var (operatorLogin, _) = await FormPost.SubmitAsync(client, HostPanelPaths.Login, new Dictionary<string, string> { ["Form.Login"] = host[1], ["Form.Password"] = host[2] });
        Assert.Equal(HttpStatusCode.Redirect, operatorLogin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/urzedy/kozy")).StatusCode);
    }
}
