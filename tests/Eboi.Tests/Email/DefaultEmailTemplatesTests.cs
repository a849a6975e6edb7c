using Eboi.Email.Domain;
using Eboi.Email.Rendering;
using Eboi.Email.Templates;

namespace Eboi.Tests.Email;

public sealed class DefaultEmailTemplatesTests
{
    public static TheoryData<string> Keys => [.. DefaultEmailTemplates.All.Select(t => t.Key)];

    [Fact]
    public void Every_template_the_users_module_needs_has_a_default()
    {
        Assert.Equal(
            [
                EmailTemplateKeys.AccountActivation, EmailTemplateKeys.AccountExists, EmailTemplateKeys.AccountInvitation,
                EmailTemplateKeys.PasswordReset, EmailTemplateKeys.PasswordChanged, EmailTemplateKeys.VerificationApproved,
                EmailTemplateKeys.VerificationRejected, EmailTemplateKeys.AccountDeleted,
            ],
            DefaultEmailTemplates.All.Select(t => t.Key));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Each_default_is_valid_signed_by_the_office_and_says_it_was_sent_automatically(string key)
    {
        var t = DefaultEmailTemplates.Find(key)!;

        Assert.Empty(EmailTemplateValidator.Validate(t, t.Subject, t.Body));
        Assert.Contains("{{urzad}}\n{{adres}}", t.Body);
        Assert.Contains("wysłana automatycznie", t.Body);
        Assert.All(t.Placeholders, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
        // Every extra placeholder a caller must pass is used by the default text.
        var used = PlaceholderSyntax.Names(t.Subject + t.Body);
        Assert.All(t.Placeholders.Except(DefaultEmailTemplates.Standard), p => Assert.Contains(p.Name, used));
    }

    [Fact]
    public void Templates_with_a_link_say_until_when_it_is_valid()
    {
        foreach (var key in new[] { EmailTemplateKeys.AccountActivation, EmailTemplateKeys.AccountInvitation, EmailTemplateKeys.PasswordReset })
            Assert.Contains("{{link}}", DefaultEmailTemplates.Find(key)!.Body);
        Assert.True(DefaultEmailTemplates.Find(EmailTemplateKeys.AccountExists)!.LinkPlaceholders.SetEquals(["portal", "link_logowania", "link_reset"]));
    }
}
