using Eboi.Core.Liquid;
using Eboi.Email;
using Eboi.Email.Domain;
using Eboi.Email.Rendering;
using Eboi.Email.Templates;
using Eboi.Users.Domain;
using Eboi.Users.Email;

namespace Eboi.Tests.Users;

public sealed class AccountEmailTemplatesTests
{
    public static TheoryData<string> Keys => [.. AccountEmailTemplates.All.Select(t => t.Key)];

    private static EmailTemplateDefinition Find(string key) => AccountEmailTemplates.All.Single(t => t.Key == key);

    [Fact]
    public void Every_template_the_users_module_sends_has_a_default_and_the_catalog_accepts_them()
    {
        Assert.Equal(
            [
                AccountEmails.Activation, AccountEmails.AlreadyRegistered, AccountEmails.Invitation,
                AccountEmails.PasswordReset, AccountEmails.PasswordChanged, AccountEmails.VerificationApproved,
                AccountEmails.VerificationRejected, AccountEmails.AccountDeleted,
            ],
            AccountEmailTemplates.All.Select(t => t.Key));
        var catalog = new EmailTemplateCatalog([new EmailTemplateRegistration(AccountEmailTemplates.All)]);
        Assert.Same(Find(AccountEmails.Activation), catalog.Find(AccountEmails.Activation));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_default_is_valid_signed_by_the_office_and_says_it_was_sent_automatically(string key)
    {
        var t = Find(key);

        Assert.Empty(EmailTemplateValidator.Validate(t, t.Subject, t.Body));
        Assert.Contains("{{ urzad }}\n{{ adres }}", t.Body);
        Assert.Contains("wysłana automatycznie", t.Body);
        Assert.All(t.Placeholders, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
        // Every extra value a caller must pass is used by the default text.
        Assert.True(LiquidSandbox.TryParse(t.Subject + t.Body, out var parsed, out _));
        var used = TemplateSyntax.Of(parsed).UsedNames;
        Assert.All(t.Placeholders.Except(StandardPlaceholders.All), p => Assert.Contains(p.Name, used));
    }

    [Fact]
    public void Templates_with_a_link_say_until_when_it_is_valid()
    {
        foreach (var key in new[] { AccountEmails.Activation, AccountEmails.Invitation, AccountEmails.PasswordReset })
        {
            Assert.Contains("{{ link }}", Find(key).Body);
            Assert.Contains("{{ wazny_do }}", Find(key).Body);
        }
        Assert.True(Find(AccountEmails.AlreadyRegistered).LinkPlaceholders.SetEquals(["portal", "link_logowania", "link_reset"]));
    }

    [Fact]
    public void A_key_registered_twice_stops_the_start_up()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new EmailTemplateCatalog(
            [new EmailTemplateRegistration(AccountEmailTemplates.All), new EmailTemplateRegistration([Find(AccountEmails.AccountDeleted)])]));
        Assert.Contains("konto.usuniete", e.Message);
    }
}
