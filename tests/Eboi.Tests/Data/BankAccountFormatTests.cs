using Eboi.Core.Text;

namespace Eboi.Tests.Data;

public sealed class BankAccountFormatTests
{
    [Fact]
    public void Groups_an_nrb_in_fours() =>
        Assert.Equal("92 1240 1234 0001 5678 9012 3456", BankAccountFormat.Format("92124012340001567890123456"));

    [Fact]
    public void Leaves_other_text_alone() => Assert.Equal("brak", BankAccountFormat.Format("brak"));
}
