using Eboi.Core.Validation;

namespace Eboi.Tests.Validation;

/// <summary>Vectors from shared/reference/domain-pl.md §1–4.</summary>
public sealed class PolishIdsTests
{
    [Theory]
    [InlineData("44051401359", true)]
    [InlineData("44051401358", false)]   // checksum
    [InlineData("02122401358", true)]
    [InlineData("02211307589", true)]
    [InlineData("02381307589", false)]   // month code 38
    [InlineData("90090515836", true)]
    [InlineData("87832165581", false)]
    [InlineData("12345678903", false)]   // checksum passes, month 34
    [InlineData("12345678901", false)]
    [InlineData("00000000000", false)]
    [InlineData("01222900006", false)]   // 2001-02-29
    [InlineData("50830112349", true)]
    [InlineData("99123145673", true)]
    [InlineData("00222900009", true)]    // leap year 2000
    [InlineData("24271509910", true)]
    [InlineData("50410100128", true)]
    [InlineData("99723199991", true)]
    [InlineData("4405140135", false)]
    [InlineData("4405140135A", false)]
    public void Pesel(string pesel, bool valid) => Assert.Equal(valid, PolishIds.IsValidPesel(pesel));

    [Fact]
    public void Pesel_decodes_birth_date_and_sex()
    {
        Assert.True(PolishIds.TryParsePesel("02211307589", out var born, out var female));
        Assert.Equal(new DateOnly(2002, 1, 13), born);
        Assert.True(female);
        Assert.True(PolishIds.TryParsePesel("50830112349", out born, out _));
        Assert.Equal(new DateOnly(1850, 3, 1), born);
    }

    [Theory]
    [InlineData("8567346215", true)]
    [InlineData("PL 8567346215", true)]
    [InlineData("8567346216", false)]
    [InlineData("123-456-32-18", true)]
    [InlineData("PL1234563218", true)]
    [InlineData("106-00-00-062", true)]
    [InlineData("1234567890", false)]    // remainder 10
    [InlineData("5214349636", true)]
    [InlineData("7251801126", true)]
    [InlineData("9910471296", true)]
    [InlineData("0000000000", false)]
    [InlineData("123456789", false)]
    [InlineData("PL85673462150", false)]
    public void Nip(string nip, bool valid) => Assert.Equal(valid, PolishIds.IsValidNip(nip));

    [Fact]
    public void Nip_is_normalised_to_ten_digits() => Assert.Equal("1234563218", PolishIds.NormalizeNip("PL 123-456-32-18"));

    [Theory]
    [InlineData("192598184", true)]
    [InlineData("123456785", true)]
    [InlineData("850518457", true)]
    [InlineData("192598183", false)]
    [InlineData("12345678512347", true)]
    [InlineData("85051845749370", true)]
    [InlineData("12345678612342", false)]  // 9-digit part fails
    [InlineData("12345678512348", false)]
    [InlineData("100000050", true)]        // remainder 10 -> 0
    [InlineData("732065834", false)]
    [InlineData("531413082", true)]
    public void Regon(string regon, bool valid) => Assert.Equal(valid, PolishIds.IsValidRegon(regon));

    [Theory]
    [InlineData("92124012340001567890123456", true)]   // ZBP example: mod-97 passes (sort code does not)
    [InlineData("PL92 1240 1234 0001 5678 9012 3456", true)]
    [InlineData("92124012340001567890123457", false)]
    [InlineData("4249000050026313017364142", false)]   // 25 digits
    public void Nrb(string nrb, bool valid) => Assert.Equal(valid, PolishIds.IsValidNrb(nrb));
}
