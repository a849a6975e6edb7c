using Eboi.Core.Text;

namespace Eboi.Tests.Text;

public sealed class PolishPluralTests
{
    [Theory]
    [InlineData(0, "0 stron")]
    [InlineData(1, "1 strona")]
    [InlineData(2, "2 strony")]
    [InlineData(4, "4 strony")]
    [InlineData(5, "5 stron")]
    [InlineData(12, "12 stron")]
    [InlineData(14, "14 stron")]
    [InlineData(22, "22 strony")]
    [InlineData(25, "25 stron")]
    [InlineData(112, "112 stron")]
    [InlineData(123, "123 strony")]
    public void Picks_the_form_Polish_uses_after_the_number(long n, string expected) =>
        Assert.Equal(expected, PolishPlural.Of(n, "strona", "strony", "stron"));
}
