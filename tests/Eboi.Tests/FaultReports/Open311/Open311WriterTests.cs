using System.Text;
using Eboi.FaultReports.Open311;

namespace Eboi.Tests.FaultReports.Open311;

/// <summary>One document tree, two formats: the exact XML and JSON the spec shows for services, errors and requests.</summary>
public sealed class Open311WriterTests
{
    private static readonly Open311Service Potholes = new("drogi", "Dziury w drodze", "Ubytki w nawierzchni", "Referat Inwestycji", ["droga", "jezdnia"]);

    [Fact]
    public void Services_are_a_list_of_service_elements_in_xml_and_an_array_in_json()
    {
        var document = Open311Documents.Services([Potholes]);

        Assert.Equal(
            """<?xml version="1.0" encoding="utf-8"?><services><service><service_code>drogi</service_code><service_name>Dziury w drodze</service_name><description>Ubytki w nawierzchni</description><metadata>false</metadata><type>realtime</type><keywords>droga,jezdnia</keywords><group>Referat Inwestycji</group></service></services>""",
            Xml(document));
        Assert.Equal(
            """[{"service_code":"drogi","service_name":"Dziury w drodze","description":"Ubytki w nawierzchni","metadata":false,"type":"realtime","keywords":"droga,jezdnia","group":"Referat Inwestycji"}]""",
            Json(document));
    }

    [Fact]
    public void Errors_carry_a_numeric_code_and_a_description()
    {
        var document = Open311Documents.Errors([new Open311Error(403, "Brak klucza <api_key> & koniec")]);

        Assert.Equal("""<?xml version="1.0" encoding="utf-8"?><errors><error><code>403</code><description>Brak klucza &lt;api_key&gt; &amp; koniec</description></error></errors>""", Xml(document));
        Assert.Equal("""[{"code":403,"description":"Brak klucza <api_key> & koniec"}]""", Json(document));
    }

    [Fact]
    public void A_request_has_coordinates_as_numbers_dates_with_an_offset_and_null_for_what_is_unknown()
    {
        var request = new Open311Request("U-2026-00042", "open", "IN_PROGRESS", "Ekipa na miejscu", "Dziury w drodze", "drogi", "Dziura", "Głęboka", "Referat Inwestycji",
            new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), "ul. Lipowa 1", 51.4165m, 21.969m, null);

        var json = Json(Open311Documents.Requests([request]));

        Assert.Contains("\"service_request_id\":\"U-2026-00042\",\"status\":\"open\"", json);
        Assert.Contains("\"requested_datetime\":\"2026-07-01T12:00:00+02:00\"", json);   // summer time
        Assert.Contains("\"updated_datetime\":\"2026-12-01T11:00:00+01:00\"", json);     // winter time
        Assert.Contains("\"lat\":51.4165,\"long\":21.969,\"media_url\":null", json);
        Assert.Contains("<lat>51.4165</lat><long>21.969</long><media_url />", Xml(Open311Documents.Requests([request])));
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_not_fatal()
    {
        var xml = Xml(Open311Documents.Errors([new Open311Error(400, "zły\u0001znak")]));
        Assert.Contains("<description>złyznak</description>", xml);
    }

    [Fact]
    public void Discovery_lists_the_endpoint_with_both_formats()
    {
        var document = Open311Documents.Discovery("https://kozy.example.pl/open311/v2", "Urząd Gminy Kozy", "Klucz wydaje urząd.");

        Assert.Contains("<formats><format>text/xml</format><format>application/json</format></formats>", Xml(document));
        Assert.Contains("\"specification\":\"http://wiki.open311.org/GeoReport_v2\",\"url\":\"https://kozy.example.pl/open311/v2\"", Json(document));
        Assert.StartsWith("{\"changeset\":", Json(document));   // discovery is an object, the lists are arrays
    }

    private static string Xml(Open311Document d) => Encoding.UTF8.GetString(Open311Writer.Write(d, Open311Format.Xml));

    private static string Json(Open311Document d) => Encoding.UTF8.GetString(Open311Writer.Write(d, Open311Format.Json));
}
