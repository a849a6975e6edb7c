using SkiaSharp;

namespace Eboi.IntegrationTests.FaultReports;

/// <summary>Images made in the test: a JPEG carrying EXIF with GPS, and a PNG whose header claims too many pixels.</summary>
public static class TestImages
{
    public static byte[] Jpeg(int width = 640, int height = 480)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SaddleBrown);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG with an APP1 "Exif" segment holding a GPS IFD (latitude 52°8'N), as a phone camera writes it.</summary>
    public static byte[] JpegWithGps()
    {
        var jpeg = Jpeg();
        // TIFF header (little endian), IFD0 with one entry: GPSInfo (0x8825) -> GPS IFD at offset 26; GPS IFD: GPSLatitudeRef 'N'.
        byte[] tiff =
        [
            0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00,
            0x01, 0x00, 0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x01, 0x00, 0x01, 0x00, 0x02, 0x00, 0x02, 0x00, 0x00, 0x00, (byte)'N', 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        ];
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).Concat("GPS 52.1400N 16.0100E"u8.ToArray()).ToArray();
        var length = payload.Length + 2;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF), .. payload];
        return [jpeg[0], jpeg[1], .. app1, .. jpeg[2..]];
    }

    /// <summary>A valid 1×1 PNG whose IHDR then claims 10000×5000 pixels (50 MP), CRC fixed so decoders read the header.</summary>
    public static byte[] PngClaimingFiftyMegapixels()
    {
        using var bitmap = new SKBitmap(1, 1);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var png = data.ToArray();
        // IHDR data starts at 16 (8 signature + 4 length + 4 type): width, height big-endian.
        WriteBigEndian(png, 16, 10000);
        WriteBigEndian(png, 20, 5000);
        WriteBigEndian(png, 29, Crc32(png.AsSpan(12, 17)));
        return png;
    }

    public static bool HasExif(byte[] jpeg)
    {
        for (var i = 2; i + 3 < jpeg.Length; i++)
            if (jpeg[i] == 0xFF && jpeg[i + 1] == 0xE1) return true;
        return jpeg.AsSpan().IndexOf("Exif\0"u8) >= 0 || jpeg.AsSpan().IndexOf("GPS 52"u8) >= 0;
    }

    private static void WriteBigEndian(byte[] b, int at, uint v)
    {
        b[at] = (byte)(v >> 24);
        b[at + 1] = (byte)(v >> 16);
        b[at + 2] = (byte)(v >> 8);
        b[at + 3] = (byte)v;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
