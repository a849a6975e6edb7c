using System.Net;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Core.Security;
using Eboi.Users;
using Eboi.Users.Login;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Security;

/// <summary>
/// Somebody who knows a staff login cannot lock its owner out from elsewhere: failures block the guessing source
/// (an IPv6 source by its /64), not the account. Nor does the audit log keep a typed name that matches no account.
/// </summary>
public sealed class LoginThrottlingTests : FreshAppTest
{
    protected override void ConfigureServices(IServiceCollection services) => SimulatedClientAddress.AddTo(services);

    private Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Doc)> LoginAsync(string from, string login, string password) =>
        FormPost.SubmitAsync(SimulatedClientAddress.Client(App, from), $"/kozy{UserPaths.Login}",
            new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });

    [Fact]
    public async Task Failures_block_the_guessing_source_and_its_ipv6_slash_64_but_never_the_owner_elsewhere()
    {
        foreach (var (attacker, neighbour, owner) in new[]
        {
            ("203.0.113.9", "203.0.113.9", "198.51.100.7"),
            ("2001:db8:1:2::1", "2001:db8:1:2:ffff::9", "2001:db8:1:3::1"),
        })
        {
            // An account per round: the name's own spacing (up to 8 s between attempts) would only slow the second round.
            var (email, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
            for (var i = 1; i < LoginThrottle.MaxFailuresPerSource; i++)
                Assert.Equal("Nieprawidłowy login lub hasło.", (await LoginAsync(attacker, email, $"Zgaduje-{i}-Haslo")).Doc.FieldError("Form_Password"));
            var (_, last) = await LoginAsync(attacker, email, "Zgaduje-5-Haslo");
            Assert.Contains("zablokowane na 15 minut", last.QuerySelector(".error-summary")!.TextContent);
            // From the guessing source (or its /64) even the right password is refused now, with the lockout message.
            var (refused, doc) = await LoginAsync(neighbour, email, StaffAccounts.Password);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("zablokowane na 15 minut", doc.QuerySelector(".error-summary")!.TextContent);
            // The owner, elsewhere, signs in (after at most a short, progressive wait).
            var (signedIn, _) = await LoginAsync(owner, email, StaffAccounts.Password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_name_reads_like_a_wrong_password_and_is_not_written_to_the_audit_log()
    {
        const string typed = "Tajne-Haslo-Wpisane-W-Login1";   // what people type into the wrong field
        var (_, unknown) = await LoginAsync("198.51.100.20", typed, "cokolwiek-123");
        Assert.Equal("Nieprawidłowy login lub hasło.", unknown.FieldError("Form_Password"));

        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseTenant((await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync("kozy"))!.Id);
        var failures = await db.Set<AuditEntry>().Where(a => a.Event == UsersAuditEvents.LoginFailed.Name).ToListAsync();
        Assert.Contains(failures, a => a.Subject == LoginService.UnknownLogin && a.Ip == "198.51.100.20");
        Assert.DoesNotContain(failures, a => (a.Subject + a.Details).Contains(typed, StringComparison.OrdinalIgnoreCase));
    }
}
