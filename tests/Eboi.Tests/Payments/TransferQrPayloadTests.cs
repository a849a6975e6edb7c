using Eboi.Payments.Domain;

namespace Eboi.Tests.Payments;

/// <summary>The ZBP "Standard 2D" vectors of domain-pl.md §5.</summary>
public sealed class TransferQrPayloadTests
{
    private const string Account = "PL02 1090 1014 1234 5678 0000 0042";

    [Fact]
    public void A_gmina_instalment()
    {
        var payload = TransferQrPayload.Build("9910471296", Account, 250.25m, "Gmina Przykładowa", "PN 2025 rata I nr karty 000042");
        Assert.Equal("9910471296|PL|02109010141234567800000042|025025|Gmina Przykładowa|PN 2025 rata I nr karty 000042|||", payload);
        Assert.Equal(99, payload.Length);
    }

    [Fact]
    public void Long_names_and_titles_are_cut_to_their_lengths()
    {
        var payload = TransferQrPayload.Build("9910471296", Account, 36.00m, "Urząd Gminy Przykładowo Wielka", "Opłata za gospodarowanie odpadami komunalnymi 03/2026");
        Assert.Equal("9910471296|PL|02109010141234567800000042|003600|Urząd Gminy Przykład|Opłata za gospodarowanie odpadam|||", payload);
        Assert.Equal(104, payload.Length);
    }

    [Fact]
    public void An_individual_recipient_has_an_empty_nip_and_the_separator_never_gets_into_a_field()
    {
        Assert.Equal("|PL|02109010141234567800000042|999999|Jan Kowalski|Zwrot|||", TransferQrPayload.Build(null, Account, 9999.99m, "Jan Kowalski", "Zwrot"));
        Assert.Equal("|PL|02109010141234567800000042|000100|A B|C D|||", TransferQrPayload.Build(null, Account, 1m, "A|B", "C\n|D"));
    }

    [Fact]
    public void Above_9999_99_or_without_an_amount_the_payer_types_it()
    {
        Assert.Contains("|000000|", TransferQrPayload.Build(null, Account, 10000m, "Gmina", "Podatek"));
        Assert.Contains("|000000|", TransferQrPayload.Build(null, Account, null, "Gmina", "Podatek"));
    }

    [Fact]
    public void Every_field_at_its_maximum_is_the_documented_160_characters_minus_the_empty_reserves()
    {
        var payload = TransferQrPayload.Build("9910471296", Account, 9999.99m, new string('N', 40), new string('T', 40));
        Assert.Equal(10 + 2 + 26 + 6 + 20 + 32 + 8, payload.Length);   // reserves (20 + 12 + 24) stay empty: 160 − 56
    }

    [Fact]
    public void A_bad_account_or_nip_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TransferQrPayload.Build(null, "61109010140000071219812875", 1m, "G", "T"));
        Assert.Throws<ArgumentException>(() => TransferQrPayload.Build("123", Account, 1m, "G", "T"));
    }
}
