using System.Net;
using Eboi.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.HostPanel;

/// <summary>Host operators are their own accounts: separate login, cookie, lockout; tenant accounts never get in.</summary>
public sealed class OperatorAccountTests : FreshAppTest
{
    private static readonly string[] HostPanelPages = ["/admin", HostPanelPaths.NewTenant, "/admin/urzedy/kozy", HostPanelPaths.Logout];

    [Fact]
    public async Task Host_panel_needs_an_operator_and_tenant_accounts_cannot_reach_it()
    {
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var page in HostPanelPages)
        {
            var response = await anonymous.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(HostPanelPaths.Login, response.Headers.Location!.OriginalString);
        }

        // A tenant administrator: there is no tenant login at host level, and their cookie means nothing here.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(UserPaths.Login)).StatusCode);
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var tenantCookie = await StaffAccounts.SignInCookieAsync(App, "kozy", adminEmail);
        foreach (var name in new[] { ".eboi.konto.kozy", ".eboi.konto.host", ".eboi.operator" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
            request.Headers.Add("Cookie", $"{name}={tenantCookie}");
            var response = await anonymous.SendAsync(request);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(HostPanelPaths.Login, response.Headers.Location!.OriginalString);
        }

        // An operator's cookie opens the host panel but not a gmina's staff panel.
        var op = await Operators.SignedInAsync(App);
        foreach (var page in HostPanelPages) Assert.Equal(HttpStatusCode.OK, (await op.GetAsync(page)).StatusCode);
        var operatorCookie = await OperatorCookieAsync();
        var intoTenant = new HttpRequestMessage(HttpMethod.Get, "/kozy/admin");
        intoTenant.Headers.Add("Cookie", $".eboi.operator={operatorCookie}");
        var tenantAnswer = await anonymous.SendAsync(intoTenant);
        Assert.Equal(HttpStatusCode.Redirect, tenantAnswer.StatusCode);
        Assert.Contains($"/kozy{UserPaths.Login}", tenantAnswer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_login_look_the_same_and_five_failures_lock_for_fifteen_minutes()
    {
        var (login, password) = await Operators.CreateAsync(App);
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        async Task<(HttpResponseMessage, AngleSharp.Html.Dom.IHtmlDocument)> TryAsync(string l, string p) =>
            await FormPost.SubmitAsync(client, HostPanelPaths.Login, new Dictionary<string, string> { ["Form.Login"] = l, ["Form.Password"] = p });

        var (_, empty) = await TryAsync("", "");
        Assert.Equal("Wpisz login.", empty.FieldError("Form_Login"));
        Assert.Equal("Wpisz hasło.", empty.FieldError("Form_Password"));

        var (_, unknown) = await TryAsync("nie-ma-takiego", "Cokolwiek-123");
        for (var i = 0; i < 4; i++)
        {
            var (response, wrong) = await TryAsync(login, "Zle-haslo-1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(unknown.FieldError("Form_Password"), wrong.FieldError("Form_Password"));
        }
        Assert.StartsWith("Nieprawidłowy login lub hasło.", unknown.FieldError("Form_Password"));

        var (_, fifth) = await TryAsync(login, "Zle-haslo-1");
        Assert.Equal(unknown.FieldError("Form_Password"), fifth.FieldError("Form_Password"));
        // Locked: the right password gets exactly the answer a wrong one gets, and no session.
        var (lockedRight, lockedRightDoc) = await TryAsync(login, password);
        var (lockedWrong, lockedWrongDoc) = await TryAsync(login, "Zle-haslo-2");
        Assert.Equal(HttpStatusCode.OK, lockedRight.StatusCode);
        Assert.Equal(lockedWrong.StatusCode, lockedRight.StatusCode);
        Assert.False(lockedRight.Headers.Contains("Set-Cookie") && lockedRight.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".eboi.operator=")));
        Assert.Equal(unknown.FieldError("Form_Password"), lockedRightDoc.FieldError("Form_Password"));
        Assert.Equal(lockedWrongDoc.FieldError("Form_Password"), lockedRightDoc.FieldError("Form_Password"));
        Assert.Equal(lockedWrongDoc.QuerySelector(".error-summary")!.TextContent, lockedRightDoc.QuerySelector(".error-summary")!.TextContent);
        Assert.Contains("blokowane na 15 minut", lockedRightDoc.FieldError("Form_Password"));
    }

    [Fact]
    public async Task Operator_created_by_the_cli_signs_in_and_a_reset_ends_the_old_password_and_session()
    {
        var (code, output) = await CliProcess.RunAsync(Db, "operator", "create", "Dostawca@Example.Test", "--name", "Dział wdrożeń");
        Assert.True(code == 0, output);
        var password = output.Split("teraz): ")[1].Trim().Split('\n')[0].Trim();
        var client = await Operators.SignInAsync(App, "dostawca@example.test", password);
        Assert.Contains("Dział wdrożeń", await client.GetStringAsync("/admin"));

        var (again, againOutput) = await CliProcess.RunAsync(Db, "operator", "create", "dostawca@example.test");
        Assert.Equal(1, again);
        Assert.Contains("już istnieje", againOutput);

        var (resetCode, resetOutput) = await CliProcess.RunAsync(Db, "operator", "reset", "dostawca@example.test");
        Assert.True(resetCode == 0, resetOutput);
        var stale = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);   // the session of the old password is over
        var newPassword = resetOutput.Split("wygasły): ")[1].Trim();
        await Operators.SignInAsync(App, "dostawca@example.test", newPassword);
    }

    [Fact]
    public async Task Operator_signs_out_with_a_post()
    {
        var op = await Operators.SignedInAsync(App);
        var (response, _) = await FormPost.SubmitAsync(op, HostPanelPaths.Logout, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await op.GetAsync("/admin")).StatusCode);
    }

    private async Task<string> OperatorCookieAsync()
    {
        var (login, password) = await Operators.CreateAsync(App);
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var (response, _) = await FormPost.SubmitAsync(client, HostPanelPaths.Login, new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".eboi.operator=", StringComparison.Ordinal));
        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        return cookie.Split(';')[0].Split('=', 2)[1];
    }
}
