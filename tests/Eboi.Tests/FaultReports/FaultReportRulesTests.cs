using Eboi.FaultReports;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Photos;
using SkiaSharp;

namespace Eboi.Tests.FaultReports;

/// <summary>The fault report rules: statuses and their open/closed mapping, numbers, the location field and bbox, validation, image sniffing.</summary>
public sealed class FaultReportRulesTests
{
    private static readonly BoundingBox Siedlec = new(52.05, 15.85, 52.23, 16.15);
    private static readonly string[] Keys = ["drogi", "oswietlenie"];

    [Theory]
    [InlineData(FaultStatus.New, true, "open")]
    [InlineData(FaultStatus.Accepted, true, "open")]
    [InlineData(FaultStatus.InProgress, true, "open")]
    [InlineData(FaultStatus.Planned, true, "open")]
    [InlineData(FaultStatus.Fixed, false, "closed")]
    [InlineData(FaultStatus.Closed, false, "closed")]
    [InlineData(FaultStatus.NotOurs, false, "closed")]
    [InlineData(FaultStatus.Duplicate, false, "closed")]
    [InlineData(FaultStatus.Rejected, false, "closed")]
    public void Statuses_map_to_open_or_closed_as_FixMyStreet_does(string status, bool open, string open311)
    {
        Assert.Equal(open, FaultStatus.IsOpen(status));
        Assert.Equal(open311, FaultStatus.Open311(status));
    }

    [Fact]
    public void There_are_nine_statuses_with_Polish_labels()
    {
        Assert.Equal(9, FaultStatus.All.Count);
        Assert.Equal("w realizacji", FaultStatus.Label(FaultStatus.InProgress));
        Assert.Equal("nie w kompetencji gminy", FaultStatus.Label(FaultStatus.NotOurs));
        Assert.All(FaultStatus.All, s => Assert.NotEqual(s, FaultStatus.Label(s.Replace("-", " ") + "x")));
    }

    [Theory]
    [InlineData(2026, 42, "U/2026/00042", "U-2026-00042")]
    [InlineData(2027, 123456, "U/2027/123456", "U-2027-123456")]
    public void Numbers_are_per_year_with_five_digits_and_a_URL_form(int year, int seq, string number, string slug)
    {
        Assert.Equal(number, ReportNumber.Format(year, seq));
        Assert.Equal(slug, ReportNumber.ToSlug(number));
        Assert.Equal(number, ReportNumber.FromSlug(slug));
        Assert.Equal(number, ReportNumber.FromSlug(number));
        Assert.Null(ReportNumber.FromSlug("zglos"));
        Assert.Null(ReportNumber.FromSlug("U-26-1"));
    }

    [Theory]
    [InlineData("52.1400, 16.0100", 52.14, 16.01, "52.14000, 16.01000")]
    [InlineData("ul. Polna 5, przy przystanku, 52.14, 16.01", 52.14, 16.01, "ul. Polna 5, przy przystanku")]
    [InlineData("52,14; 16,01", 52.14, 16.01, "52.14000, 16.01000")]
    [InlineData("52.14 16.01", 52.14, 16.01, "52.14000, 16.01000")]
    public void The_location_field_takes_coordinates_after_an_optional_description(string text, double lat, double lon, string address)
    {
        var (la, lo, addr, error) = FaultReportRules.CheckLocation(text, Siedlec);
        Assert.Null(error);
        Assert.Equal(lat, la, 6);
        Assert.Equal(lon, lo, 6);
        Assert.Equal(address, addr);
    }

    [Theory]
    [InlineData("", "Wskaż miejsce usterki")]
    [InlineData("ul. Polna 5", "Nie rozpoznaliśmy współrzędnych")]
    [InlineData("52.2297, 21.0122", "poza obszarem gminy")]   // Warsaw
    [InlineData("52.2400, 16.0100", "poza obszarem gminy")]   // just north of the box
    public void A_missing_unreadable_or_outside_location_is_refused(string text, string message)
    {
        var (_, _, _, error) = FaultReportRules.CheckLocation(text, Siedlec);
        Assert.Contains(message, error);
    }

    [Fact]
    public void The_bounding_box_includes_its_edges_only()
    {
        Assert.True(Siedlec.Contains(52.05, 15.85));
        Assert.True(Siedlec.Contains(52.23, 16.15));
        Assert.False(Siedlec.Contains(52.0499, 16.0));
        Assert.False(Siedlec.Contains(52.1, 16.1501));
        Assert.Equal(new BoundingBox(52.0, 16.0, 52.1, 16.2), BoundingBox.ParseLonLat("16.0,52.0,16.2,52.1"));
        Assert.Null(BoundingBox.ParseLonLat("16.2,52.0,16.0,52.1"));
        Assert.Null(BoundingBox.ParseLonLat("a,b,c,d"));
    }

    [Fact]
    public void Validation_gives_a_Polish_message_per_field()
    {
        var input = new FaultReportRules.Input("", " ", new string('x', 4001), "", "", "nie-email", "abc", Anonymous: true);
        var result = FaultReportRules.Check(input, Keys, Siedlec);
        var byField = result.Errors.ToDictionary(e => e.Field, e => e.Message);
        Assert.Contains("Wybierz kategorię", byField["Category"]);
        Assert.Contains("tytuł", byField["Title"]);
        Assert.Contains("najwyżej 4000 znaków (ma 4001)", byField["Description"]);
        Assert.Contains("Wskaż miejsce", byField["Location"]);
        Assert.Contains("imię i nazwisko", byField["Name"]);
        Assert.Contains("nazwa@domena.pl", byField["Email"]);
        Assert.Contains("numer telefonu", byField["Phone"]);

        var ok = FaultReportRules.Check(new("drogi", "Dziura", new string('x', 4000), "52.14, 16.01", null, null, null, Anonymous: false), Keys, Siedlec);
        Assert.Empty(ok.Errors);
        Assert.Equal(4000, ok.Description.Length);
    }

    [Fact]
    public void Images_are_recognised_by_their_bytes_not_their_name()
    {
        Assert.Equal(ImageSniffer.Kind.Jpeg, ImageSniffer.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0, 0, 0, 0, 0, 0]));
        Assert.Equal(ImageSniffer.Kind.Png, ImageSniffer.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]));
        Assert.Equal(ImageSniffer.Kind.WebP, ImageSniffer.Sniff("RIFF\0\0\0\0WEBP"u8));
        Assert.Equal(ImageSniffer.Kind.None, ImageSniffer.Sniff("MZ\x90\0\x03\0\0\0\x04\0\0\0"u8));   // a Windows .exe
        var (photo, error) = PhotoProcessor.Process("MZ\x90\0 this is a program"u8.ToArray(), "zdjecie.jpg");
        Assert.Null(photo);
        Assert.Contains("nie jest zdjęciem w formacie JPEG, PNG ani WebP", error);
    }

    [Fact]
    public void A_large_photo_is_downscaled_and_reencoded_as_JPEG()
    {
        using var bitmap = new SKBitmap(3000, 1000);
        bitmap.Erase(SKColors.DarkGreen);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var (photo, error) = PhotoProcessor.Process(png.ToArray(), "a.png");
        Assert.Null(error);
        Assert.Equal((2048, 683), (photo!.Width, photo.Height));
        Assert.Equal(ImageSniffer.Kind.Jpeg, ImageSniffer.Sniff(photo.Jpeg.AsSpan(0, 12)));
    }
}
