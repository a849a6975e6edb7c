using SkiaSharp;

namespace Eboi.FaultReports.Photos;

/// <summary>
/// Turns an uploaded photo into what the portal keeps: JPEG, PNG or WebP by content, within the size and pixel limits
/// (the pixel count read from the header before anything is decoded), turned upright by its EXIF orientation, at most
/// <see cref="MaxSide"/> pixels on its longer side, re-encoded as a fresh JPEG, so no metadata (EXIF, GPS) survives.
/// </summary>
internal static class PhotoProcessor
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    public const int MaxSide = 2048;
    public const int JpegQuality = 85;

    public sealed record Processed(byte[] Jpeg, int Width, int Height);

    /// <summary>The processed photo, or a Polish message saying why it is refused.</summary>
    public static (Processed? Photo, string? Error) Process(byte[] bytes, string fileName)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? "Plik" : $"Plik „{Path.GetFileName(fileName)}”";
        if (bytes.Length == 0) return (null, $"{name} jest pusty.");
        if (bytes.Length > MaxBytes) return (null, $"{name} jest za duży: zdjęcie może mieć najwyżej {MaxBytes / 1024 / 1024} MB.");
        if (ImageSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, ImageSniffer.HeaderLength))) == ImageSniffer.Kind.None)
            return (null, $"{name} nie jest zdjęciem w formacie JPEG, PNG ani WebP.");

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return (null, $"{name} jest uszkodzony: nie da się go odczytać jako zdjęcia.");
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
            return (null, $"{name} ma za dużą rozdzielczość: najwyżej {MaxPixels / 1_000_000} milionów pikseli.");

        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null) return (null, $"{name} jest uszkodzony: nie da się go odczytać jako zdjęcia.");
        return (Render(bitmap, codec.EncodedOrigin), null);
    }

    private static Processed Render(SKBitmap source, SKEncodedOrigin origin)
    {
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        float w = swaps ? source.Height : source.Width, h = swaps ? source.Width : source.Height;
        var scale = Math.Min(1f, MaxSide / Math.Max(w, h));
        var width = Math.Max(1, (int)Math.Round(w * scale));
        var height = Math.Max(1, (int)Math.Round(h * scale));

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);   // a transparent PNG becomes white, not black, as a JPEG
        canvas.Scale(scale);
        // Canvas transforms apply to the drawn points in reverse order of these calls.
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Translate(w, 0); canvas.Scale(-1, 1); break;
            case SKEncodedOrigin.BottomRight: canvas.Translate(w, h); canvas.RotateDegrees(180); break;
            case SKEncodedOrigin.BottomLeft: canvas.Translate(0, h); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftTop: canvas.RotateDegrees(90); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(w, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(w, h); canvas.Scale(-1, -1); canvas.RotateDegrees(90); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, h); canvas.RotateDegrees(-90); break;
        }
        using (var image = SKImage.FromBitmap(source))
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return new Processed(encoded.ToArray(), width, height);
    }
}
