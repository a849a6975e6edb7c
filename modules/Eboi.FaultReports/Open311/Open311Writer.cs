using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace Eboi.FaultReports.Open311;

/// <summary>Writes an <see cref="Open311Document"/> as the spec's XML or JSON (UTF-8).</summary>
internal static class Open311Writer
{
    public static byte[] Write(Open311Document document, Open311Format format) =>
        format == Open311Format.Json ? WriteJson(document.Body) : WriteXml(document);

    private static byte[] WriteXml(Open311Document document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(document.RootName);
            WriteXmlContent(xml, document.Body);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteXmlContent(XmlWriter xml, Open311Value value)
    {
        switch (value)
        {
            case Open311Text text:
                if (text.Value is not null) xml.WriteString(XmlSafe(text.Value));
                break;
            case Open311Number number:
                xml.WriteString(number.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case Open311Bool flag:
                xml.WriteString(flag.Value ? "true" : "false");
                break;
            case Open311Object obj:
                foreach (var (name, field) in obj.Fields)
                {
                    xml.WriteStartElement(name);
                    WriteXmlContent(xml, field);
                    xml.WriteEndElement();
                }
                break;
            case Open311List list:
                foreach (var item in list.Items)
                {
                    xml.WriteStartElement(list.ItemName);
                    WriteXmlContent(xml, item);
                    xml.WriteEndElement();
                }
                break;
        }
    }

    // A report's text may hold characters XML 1.0 cannot carry (control characters pasted from elsewhere); drop them
    // rather than fail the whole answer.
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());

    private static byte[] WriteJson(Open311Value body)
    {
        using var stream = new MemoryStream();
        // Served as application/json, never inside HTML: Polish letters and "+" of an offset stay readable.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteJsonValue(json, body);
        return stream.ToArray();
    }

    private static void WriteJsonValue(Utf8JsonWriter json, Open311Value value)
    {
        switch (value)
        {
            case Open311Text { Value: null }:
                json.WriteNullValue();
                break;
            case Open311Text text:
                json.WriteStringValue(text.Value);
                break;
            case Open311Number number:
                json.WriteNumberValue(number.Value);
                break;
            case Open311Bool flag:
                json.WriteBooleanValue(flag.Value);
                break;
            case Open311Object obj:
                json.WriteStartObject();
                foreach (var (name, field) in obj.Fields)
                {
                    json.WritePropertyName(name);
                    WriteJsonValue(json, field);
                }
                json.WriteEndObject();
                break;
            case Open311List list:
                json.WriteStartArray();
                foreach (var item in list.Items) WriteJsonValue(json, item);
                json.WriteEndArray();
                break;
        }
    }
}
