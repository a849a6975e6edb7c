using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>
/// Reads a QR code printed as SVG the way a phone would: rasterises the dark rectangles (rect elements or "M x y h v h z"
/// path runs) onto a grey image with a quiet zone and decodes it with ZXing.
/// </summary>
internal static partial class QrSvgDecoder
{
    private const int Scale = 4;

    public static string Decode(string svg)
    {
        var viewBox = ViewBox().Match(svg);
        Assert.True(viewBox.Success, "the SVG has no viewBox");
        double width = Number(viewBox.Groups[3].Value), height = Number(viewBox.Groups[4].Value);
        var boxes = Dark(svg).Where(b => b.W < width * 0.9).ToList();
        Assert.True(boxes.Count > 20, $"only {boxes.Count} dark modules found in the SVG");

        // A 4-module-wide white margin around whatever the SVG drew, as scanners expect.
        var margin = 16;
        int w = (int)Math.Ceiling(width * Scale) + 2 * margin, h = (int)Math.Ceiling(height * Scale) + 2 * margin;
        var pixels = Enumerable.Repeat((byte)255, w * h).ToArray();
        foreach (var (x, y, bw, bh) in boxes)
        {
            int x0 = margin + (int)Math.Round(x * Scale), y0 = margin + (int)Math.Round(y * Scale);
            int x1 = margin + (int)Math.Round((x + bw) * Scale), y1 = margin + (int)Math.Round((y + bh) * Scale);
            for (var py = y0; py < y1; py++)
                for (var px = x0; px < x1; px++) pixels[py * w + px] = 0;
        }
        var source = new RGBLuminanceSource(pixels, w, h, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.CHARACTER_SET] = "UTF-8", [DecodeHintType.PURE_BARCODE] = false, [DecodeHintType.TRY_HARDER] = true };
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
        Assert.NotNull(result);
        return result.Text;
    }

    /// <summary>The payload's bytes as the scanner sees them (UTF-8), for a byte-for-byte comparison.</summary>
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static IEnumerable<(double X, double Y, double W, double H)> Dark(string svg)
    {
        foreach (Match m in Rect().Matches(svg))
        {
            var attrs = m.Value;
            // Without its own fill a module takes the group's (QRCoder groups the dark ones); the background is cut by size.
            if (Attr(attrs, "fill") is { } fill && !IsDark(fill)) continue;
            yield return (Number(Attr(attrs, "x") ?? "0"), Number(Attr(attrs, "y") ?? "0"), Number(Attr(attrs, "width")!), Number(Attr(attrs, "height")!));
        }
        foreach (Match p in Path().Matches(svg))
        {
            if (Attr(p.Value, "fill") is { } fill && !IsDark(fill)) continue;
            foreach (Match run in Run().Matches(Attr(p.Value, "d") ?? ""))
                yield return (Number(run.Groups[1].Value), Number(run.Groups[2].Value), Number(run.Groups[3].Value), Number(run.Groups[4].Value));
        }
    }

    private static bool IsDark(string fill) => fill.Equals("#000000", StringComparison.OrdinalIgnoreCase) || fill.Equals("#000", StringComparison.OrdinalIgnoreCase) || fill == "black";

    private static string? Attr(string element, string name)
    {
        var m = Regex.Match(element, $@"\s{name}=""([^""]*)""");
        return m.Success ? m.Groups[1].Value : null;
    }

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"viewBox=""([-\d.]+)[ ,]+([-\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)""")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"<rect\b[^>]*>")]
    private static partial Regex Rect();

    [GeneratedRegex(@"<path\b[^>]*>")]
    private static partial Regex Path();

    // "M x y h w v h h -w z" (or with commas): one filled rectangle.
    [GeneratedRegex(@"M\s*([\d.]+)[ ,]+([\d.]+)\s*h\s*([\d.]+)\s*v\s*([\d.]+)\s*h\s*-[\d.]+\s*[zZ]")]
    private static partial Regex Run();
}
