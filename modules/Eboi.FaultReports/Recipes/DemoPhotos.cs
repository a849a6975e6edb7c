using SkiaSharp;

namespace Eboi.FaultReports.Recipes;

/// <summary>Draws a simple picture for a demo report (sky, ground and a dark "pothole"), so the demo needs no image files.</summary>
internal static class DemoPhotos
{
    public const int Width = 800;
    public const int Height = 600;

    public static byte[] Draw(int seed)
    {
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        using (var sky = new SKPaint { Color = new SKColor(135, 180, 225) }) canvas.DrawRect(0, 0, Width, Height * 0.4f, sky);
        using (var road = new SKPaint { Color = new SKColor((byte)random.Next(90, 130), (byte)random.Next(90, 130), (byte)random.Next(90, 130)) })
            canvas.DrawRect(0, Height * 0.4f, Width, Height * 0.6f, road);
        using (var hole = new SKPaint { Color = new SKColor(40, 35, 30), IsAntialias = true })
            canvas.DrawOval(random.Next(200, 600), random.Next(380, 520), random.Next(60, 160), random.Next(25, 60), hole);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
