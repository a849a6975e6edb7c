using Eboi.Payments.Domain;

namespace Eboi.Tests.Payments;

/// <summary>Przelewy24's signature rule against the known-answer vector of standards.md §6.3.</summary>
public sealed class Przelewy24SignTests
{
    private const string KnownNotificationSign =
        "703e946290d92230297c35d3bc8f554d4a458a4c97c9917665929c5ef5e682f7a868ac36e5dff20184c6a5302ef66c77";

    [Fact]
    public void The_notification_vector()
    {
        var sign = Przelewy24Sign.Notification(12345, 123, "0beec7", 1500, 1500, "PLN", 123456789, 32, "p24-XXX-YYY-ZZZ", "bar");
        Assert.Equal(KnownNotificationSign, sign);
    }

    [Fact]
    public void A_changed_field_or_key_changes_the_sign_and_comparison_ignores_hex_case_only()
    {
        Assert.NotEqual(KnownNotificationSign, Przelewy24Sign.Notification(12345, 123, "0beec7", 1501, 1500, "PLN", 123456789, 32, "p24-XXX-YYY-ZZZ", "bar"));
        Assert.NotEqual(KnownNotificationSign, Przelewy24Sign.Notification(12345, 123, "0beec7", 1500, 1500, "PLN", 123456789, 32, "p24-XXX-YYY-ZZZ", "baz"));
        Assert.True(Przelewy24Sign.Matches(KnownNotificationSign, KnownNotificationSign.ToUpperInvariant()));
        Assert.False(Przelewy24Sign.Matches(KnownNotificationSign, KnownNotificationSign[..^1] + "0"));
        Assert.False(Przelewy24Sign.Matches(KnownNotificationSign, null));
    }

    [Fact]
    public void Register_and_verify_sign_their_documented_fields_with_polish_letters_and_slashes_unescaped()
    {
        // Same fields in the documented order, hashed independently of the signer's JSON writer.
        static string Sha384(string json) => Convert.ToHexStringLower(System.Security.Cryptography.SHA384.HashData(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Equal(Sha384("""{"sessionId":"kozy/2026/ł1","merchantId":11,"amount":25025,"currency":"PLN","crc":"k"}"""),
            Przelewy24Sign.Register("kozy/2026/ł1", 11, 25025, "PLN", "k"));
        Assert.Equal(Sha384("""{"sessionId":"s1","orderId":987654321012,"amount":100,"currency":"PLN","crc":"k"}"""),
            Przelewy24Sign.Verify("s1", 987654321012, 100, "PLN", "k"));
    }
}
