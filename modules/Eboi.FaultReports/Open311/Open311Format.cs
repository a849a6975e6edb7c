namespace Eboi.FaultReports.Open311;

/// <summary>The response format, chosen by the path's suffix (/services.xml, /requests/12.json).</summary>
internal enum Open311Format
{
    Xml,
    Json,
}

internal static class Open311Formats
{
    /// <summary>Route constraint for the {format} segment: the two formats the spec allows.</summary>
    public const string RouteConstraint = "regex(^(xml|json)$)";

    public const string XmlContentType = "text/xml; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The MIME types listed in discovery.</summary>
    public static readonly IReadOnlyList<string> Advertised = ["text/xml", "application/json"];

    public static Open311Format Parse(string suffix) =>
        string.Equals(suffix, "json", StringComparison.OrdinalIgnoreCase) ? Open311Format.Json : Open311Format.Xml;
}
