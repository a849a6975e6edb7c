using Eboi.Payments.Domain;
using QRCoder;

namespace Eboi.Payments;

/// <summary>The ZBP "Standard 2D" QR code of a bank transfer (domain-pl.md §5): its text and an SVG to print on the transfer form.</summary>
public static class TransferQrCode
{
    /// <summary>The payload: nine "|"-separated fields; see <see cref="TransferQrPayload"/> for the field rules.</summary>
    /// <param name="recipientNip">The recipient's NIP (10 digits, separators allowed) or null.</param>
    /// <param name="account">The NRB; must pass the mod-97 check.</param>
    /// <param name="amount">Złoty, or null to let the payer type it (also used above 9 999,99 zł).</param>
    public static string Payload(string? recipientNip, string account, decimal? amount, string recipientName, string title) =>
        TransferQrPayload.Build(recipientNip, account, amount, recipientName, title);

    /// <summary>
    /// The payload as an SVG QR code, error correction M as ZBP recommends, sized by the viewBox so CSS scales it.
    /// The payload is encoded as UTF-8 bytes (Polish letters in name and title), which banking apps read.
    /// </summary>
    public static string Svg(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        var svg = new SvgQRCode(data);
        return svg.GetGraphic(new System.Drawing.Size(256, 256), "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
