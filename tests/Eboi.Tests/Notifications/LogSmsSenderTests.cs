using Eboi.Core.Notifications;

namespace Eboi.Tests.Notifications;

/// <summary>The log-writing SMS sender keeps phone numbers out of the log but for their last three digits.</summary>
public sealed class LogSmsSenderTests
{
    [Theory]
    [InlineData("+48 600 100 200", "********200")]
    [InlineData("600100200", "******200")]
    [InlineData("12", "***")]
    public void Masks_all_but_the_last_three_digits(string phone, string logged) => Assert.Equal(logged, LogSmsSender.Mask(phone));
}
