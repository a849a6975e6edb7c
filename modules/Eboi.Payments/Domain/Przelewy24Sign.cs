using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Eboi.Payments.Domain;

/// <summary>
/// Przelewy24's REST signatures (standards.md §6.2): SHA-384 (lower-case hex) over compact JSON of the documented
/// fields in their documented order, the merchant's CRC key last, with Polish letters and "/" unescaped as PHP writes them.
/// </summary>
internal static class Przelewy24Sign
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Register(string sessionId, int merchantId, long amount, string currency, string crc) =>
        Sign(w =>
        {
            w.WriteString("sessionId", sessionId);
            w.WriteNumber("merchantId", merchantId);
            w.WriteNumber("amount", amount);
            w.WriteString("currency", currency);
            w.WriteString("crc", crc);
        });

    public static string Notification(int merchantId, int posId, string sessionId, long amount, long originAmount, string currency,
        long orderId, int methodId, string statement, string crc) =>
        Sign(w =>
        {
            w.WriteNumber("merchantId", merchantId);
            w.WriteNumber("posId", posId);
            w.WriteString("sessionId", sessionId);
            w.WriteNumber("amount", amount);
            w.WriteNumber("originAmount", originAmount);
            w.WriteString("currency", currency);
            w.WriteNumber("orderId", orderId);
            w.WriteNumber("methodId", methodId);
            w.WriteString("statement", statement);
            w.WriteString("crc", crc);
        });

    public static string Verify(string sessionId, long orderId, long amount, string currency, string crc) =>
        Sign(w =>
        {
            w.WriteString("sessionId", sessionId);
            w.WriteNumber("orderId", orderId);
            w.WriteNumber("amount", amount);
            w.WriteString("currency", currency);
            w.WriteString("crc", crc);
        });

    /// <summary>Compares a received sign with the expected one in constant time (case-insensitive hex).</summary>
    public static bool Matches(string expected, string? received) =>
        received is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected.ToLowerInvariant()), Encoding.ASCII.GetBytes(received.Trim().ToLowerInvariant()));

    private static string Sign(Action<Utf8JsonWriter> fields)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Writer))
        {
            json.WriteStartObject();
            fields(json);
            json.WriteEndObject();
        }
        return Convert.ToHexStringLower(SHA384.HashData(stream.ToArray()));
    }
}
