namespace Eboi.FaultReports.Open311;

/// <summary>
/// A value of an Open311 response as both formats see it. One tree is written as XML (elements) or JSON (arrays and
/// objects), so the two formats cannot drift apart.
/// </summary>
internal abstract record Open311Value;

/// <summary>Text, or null (XML: an empty element; JSON: null).</summary>
internal sealed record Open311Text(string? Value) : Open311Value;

/// <summary>A number (coordinates, codes) written with the invariant culture.</summary>
internal sealed record Open311Number(decimal Value) : Open311Value;

internal sealed record Open311Bool(bool Value) : Open311Value;

/// <summary>Named fields in order (XML: child elements; JSON: an object).</summary>
internal sealed record Open311Object(IReadOnlyList<KeyValuePair<string, Open311Value>> Fields) : Open311Value
{
    public static Open311Object Of(params (string Name, Open311Value Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList());
}

/// <summary>A list (XML: one element named <see cref="ItemName"/> per item; JSON: an array).</summary>
internal sealed record Open311List(string ItemName, IReadOnlyList<Open311Value> Items) : Open311Value;

/// <summary>A whole response: the XML root element's name and the body under it (JSON writes the body alone).</summary>
internal sealed record Open311Document(string RootName, Open311Value Body);
