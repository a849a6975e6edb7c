namespace Eboi.Email.Rendering;

/// <summary>Fills placeholders in plain text (subject and text part): values are inserted as they are.</summary>
public static class TextRenderer
{
    /// <summary>Replaces every placeholder in one pass (a value containing "{{x}}" is not expanded again).</summary>
    /// <param name="missing">Receives the names that had no value; they render as empty.</param>
    public static string Render(string template, IReadOnlyDictionary<string, string> values, ISet<string> missing) =>
        PlaceholderSyntax.Pattern().Replace(template, m => Lookup(m.Groups[1].Value, values, missing));

    internal static string Lookup(string name, IReadOnlyDictionary<string, string> values, ISet<string> missing)
    {
        if (values.TryGetValue(name, out var value)) return value;
        missing.Add(name);
        return "";
    }
}
