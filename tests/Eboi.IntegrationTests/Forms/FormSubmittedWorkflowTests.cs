using Eboi.Forms;
using Eboi.IntegrationTests.Infrastructure;
using static Eboi.IntegrationTests.Forms.FormsFlow;

namespace Eboi.IntegrationTests.Forms;

/// <summary>The recipes' workflow "zlozenie-formularza": FormSubmitted e-mails the citizen the UPO's link and tells the department.</summary>
public sealed class FormSubmittedWorkflowTests : FreshAppTest
{
    private const string Department = "sekretariat@gminakozy.pl";

    [Fact]
    public async Task The_citizen_is_mailed_the_upo_link_and_the_department_is_notified()
    {
        var (client, email) = await VerifiedClientAsync(App);
        var submission = await SubmitPublicInfoAsync(client);

        var mail = await CaughtMail.WaitForMessageTo(email, "Poświadczenie odbioru");
        Assert.Contains("Wniosek o udostępnienie informacji publicznej", mail.Subject);
        Assert.Contains("Referat Organizacyjny (sekretariat)", mail.Text);
        Assert.Matches(@"https?://\S+" + FormsPaths.List.TrimStart('/') + @"/wyslane/" + IdOf(submission).ToString("N") + "/upo", mail.Text);

        await MailWorker.WaitUntilDeliveredAsync(App);
        var notices = CaughtMail.AllFor(Department).Where(m => (m.Text ?? "").Contains(email, StringComparison.Ordinal)).ToList();
        var notice = Assert.Single(notices);
        Assert.Equal("Nowy wniosek: Wniosek o udostępnienie informacji publicznej", notice.Subject);
        Assert.Contains("Wnioskodawca: Anna Testowa", notice.Text);
    }
}
