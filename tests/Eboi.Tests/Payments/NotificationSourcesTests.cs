using System.Net;
using Eboi.Payments.Display;
using Eboi.Payments.Domain;
using Eboi.Payments.Notifications;

namespace Eboi.Tests.Payments;

public sealed class NotificationSourcesTests
{
    [Fact]
    public void Single_addresses_and_ranges_are_allowed_and_everything_else_refused()
    {
        var sources = new NotificationSources(["91.216.191.181", "5.252.202.254/31", " "]);

        Assert.True(sources.Allows(IPAddress.Parse("91.216.191.181")));
        Assert.True(sources.Allows(IPAddress.Parse("5.252.202.255")));
        Assert.True(sources.Allows(IPAddress.Parse("::ffff:91.216.191.181")));
        Assert.False(sources.Allows(IPAddress.Parse("91.216.191.182")));
        Assert.False(sources.Allows(IPAddress.Parse("5.252.202.253")));
        Assert.False(sources.Allows(null));
    }

    [Fact]
    public void No_sources_allow_any_address_and_a_bad_entry_fails_at_start()
    {
        Assert.True(new NotificationSources([]).Allows(IPAddress.Parse("203.0.113.9")));
        var error = Assert.Throws<FormatException>(() => new NotificationSources(["91.216.191.300"]));
        Assert.Contains("91.216.191.300", error.Message);
    }

    [Fact]
    public void Every_journal_verdict_has_a_polish_label_for_the_staff_page()
    {
        Assert.All(NotificationVerdict.All, v => Assert.NotEqual(v, VerdictLabels.Of(v)));
    }
}
