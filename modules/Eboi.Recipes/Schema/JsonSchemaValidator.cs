using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Eboi.Core.Recipes;

namespace Eboi.Recipes.Schema;

/// <summary>
/// Validates JSON against the subset of JSON Schema 2020-12 our recipe schemas use (no JSON Schema package
/// restores from the registry here). Reports every error with its JSON path. A keyword it does not know is a
/// bug, not something to skip: it throws, and a unit test runs the real schemas through it.
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$defs", "$comment", "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly"];

    private readonly Dictionary<string, JsonElement> _schemas = new(StringComparer.Ordinal);

    /// <summary>Registers a schema document under its $id (used by cross-document $ref).</summary>
    public JsonSchemaValidator Add(JsonElement schema)
    {
        var id = schema.TryGetProperty("$id", out var i) ? i.GetString()! : throw new ArgumentException("Schema needs an $id.");
        _schemas[id] = schema.Clone();
        return this;
    }

    public IReadOnlyList<RecipeError> Validate(JsonElement instance, string schemaId)
    {
        var errors = new List<RecipeError>();
        var root = _schemas[schemaId];
        Check(instance, root, root, "$", errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, JsonElement document, string path, List<RecipeError> errors)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.ValueKind == JsonValueKind.False) { errors.Add(new(path, "To pole jest niedozwolone.")); return; }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var (target, targetDoc) = Resolve(reference.GetString()!, document);
            Check(value, target, targetDoc, path, errors);
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add(new(path, $"Oczekiwano typu {Describe(type)}, a jest {KindName(value)}."));
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$ref" or "type" or "properties" or "additionalProperties" or "patternProperties":
                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    foreach (var name in keyword.Value.EnumerateArray().Select(n => n.GetString()!))
                        if (!value.TryGetProperty(name, out _)) errors.Add(new($"{path}.{name}", "Brak wymaganego pola."));
                    break;
                case "minProperties" when value.ValueKind == JsonValueKind.Object:
                    if (value.EnumerateObject().Count() < keyword.Value.GetInt32()) errors.Add(new(path, $"Obiekt musi mieć co najmniej {keyword.Value.GetInt32()} pól."));
                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray()) Check(item, keyword.Value, document, $"{path}[{index++}]", errors);
                    break;
                case "minItems" when value.ValueKind == JsonValueKind.Array:
                    if (value.GetArrayLength() < keyword.Value.GetInt32()) errors.Add(new(path, $"Lista musi mieć co najmniej {keyword.Value.GetInt32()} element(y)."));
                    break;
                case "maxItems" when value.ValueKind == JsonValueKind.Array:
                    if (value.GetArrayLength() > keyword.Value.GetInt32()) errors.Add(new(path, $"Lista może mieć najwyżej {keyword.Value.GetInt32()} elementów."));
                    break;
                case "uniqueItems" when value.ValueKind == JsonValueKind.Array && keyword.Value.GetBoolean():
                    var seen = new HashSet<string>();
                    foreach (var item in value.EnumerateArray())
                        if (!seen.Add(item.GetRawText())) errors.Add(new(path, $"Element {item.GetRawText()} powtarza się."));
                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
                        errors.Add(new(path, $"Dozwolone wartości: {string.Join(", ", keyword.Value.EnumerateArray().Select(e => e.GetRawText()))}."));
                    break;
                case "const":
                    if (!JsonElement.DeepEquals(keyword.Value, value)) errors.Add(new(path, $"Oczekiwano wartości {keyword.Value.GetRawText()}."));
                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    if (!Regex.IsMatch(value.GetString()!, keyword.Value.GetString()!))
                        errors.Add(new(path, $"Wartość „{value.GetString()}” ma niepoprawny format (wzorzec {keyword.Value.GetString()})."));
                    break;
                case "minLength" when value.ValueKind == JsonValueKind.String:
                    if (value.GetString()!.Length < keyword.Value.GetInt32()) errors.Add(new(path, keyword.Value.GetInt32() == 1 ? "Pole nie może być puste." : $"Tekst musi mieć co najmniej {keyword.Value.GetInt32()} znaków."));
                    break;
                case "maxLength" when value.ValueKind == JsonValueKind.String:
                    if (value.GetString()!.Length > keyword.Value.GetInt32()) errors.Add(new(path, $"Tekst może mieć najwyżej {keyword.Value.GetInt32()} znaków."));
                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDecimal() < keyword.Value.GetDecimal()) errors.Add(new(path, $"Wartość musi być co najmniej {keyword.Value.GetDecimal()}."));
                    break;
                case "maximum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDecimal() > keyword.Value.GetDecimal()) errors.Add(new(path, $"Wartość może być najwyżej {keyword.Value.GetDecimal()}."));
                    break;
                case "format" when value.ValueKind == JsonValueKind.String:
                    CheckFormat(value.GetString()!, keyword.Value.GetString()!, path, errors);
                    break;
                case "allOf":
                    foreach (var sub in keyword.Value.EnumerateArray()) Check(value, sub, document, path, errors);
                    break;
                case "anyOf" or "oneOf":
                    CheckAlternatives(value, keyword, document, path, errors);
                    break;
                case "not":
                    var notErrors = new List<RecipeError>();
                    Check(value, keyword.Value, document, path, notErrors);
                    if (notErrors.Count == 0) errors.Add(new(path, NotMessage(keyword.Value)));
                    break;
                case "required" or "minProperties" or "items" or "minItems" or "maxItems" or "uniqueItems" or "pattern"
                    or "minLength" or "maxLength" or "minimum" or "maximum" or "format":
                    break; // keyword applies to another JSON type
                default:
                    if (!Annotations.Contains(keyword.Name))
                        throw new NotSupportedException($"JSON Schema keyword '{keyword.Name}' is not supported by {nameof(JsonSchemaValidator)}.");
                    break;
            }
        }

        if (value.ValueKind == JsonValueKind.Object) CheckProperties(value, schema, document, path, errors);
    }

    private void CheckProperties(JsonElement value, JsonElement schema, JsonElement document, string path, List<RecipeError> errors)
    {
        var hasProps = schema.TryGetProperty("properties", out var props);
        var hasPatterns = schema.TryGetProperty("patternProperties", out var patterns);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var p in value.EnumerateObject())
        {
            var childPath = $"{path}.{p.Name}";
            var matched = false;
            if (hasProps && props.TryGetProperty(p.Name, out var propSchema)) { Check(p.Value, propSchema, document, childPath, errors); matched = true; }
            if (hasPatterns)
                foreach (var pattern in patterns.EnumerateObject().Where(pp => Regex.IsMatch(p.Name, pp.Name)))
                { Check(p.Value, pattern.Value, document, childPath, errors); matched = true; }
            if (!matched && hasAdditional)
            {
                if (additional.ValueKind == JsonValueKind.False) errors.Add(new(childPath, "Nieznane pole (sprawdź pisownię nazwy)."));
                else Check(p.Value, additional, document, childPath, errors);
            }
        }
    }

    // Reports the errors of the closest alternative (fewest errors), which reads better than all of them.
    private void CheckAlternatives(JsonElement value, JsonProperty keyword, JsonElement document, string path, List<RecipeError> errors)
    {
        var results = keyword.Value.EnumerateArray().Select(sub =>
        {
            var e = new List<RecipeError>();
            Check(value, sub, document, path, e);
            return e;
        }).ToList();
        var passing = results.Count(r => r.Count == 0);
        if (keyword.Name == "oneOf" && passing > 1) errors.Add(new(path, "Wartość pasuje do więcej niż jednego wariantu."));
        if (passing == 0) errors.AddRange(results.MinBy(r => r.Count)!);
    }

    private static string NotMessage(JsonElement not) =>
        not.TryGetProperty("required", out var r) ? $"Pole {string.Join(", ", r.EnumerateArray().Select(x => x.GetString()))} jest tu niedozwolone." : "Wartość jest niedozwolona.";

    private static void CheckFormat(string s, string format, string path, List<RecipeError> errors)
    {
        var ok = format switch
        {
            "date" => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "time" => TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "email" => Regex.IsMatch(s, @"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
            "uri" => Uri.TryCreate(s, UriKind.Absolute, out var u) && (u.Scheme == "https" || u.Scheme == "http"),
            "uri-reference" => Uri.TryCreate(s, UriKind.RelativeOrAbsolute, out _),
            "hostname" => Uri.CheckHostName(s) == UriHostNameType.Dns,
            _ => throw new NotSupportedException($"JSON Schema format '{format}' is not supported."),
        };
        if (!ok) errors.Add(new(path, format switch
        {
            "date" => $"„{s}” nie jest poprawną datą RRRR-MM-DD.",
            "time" => $"„{s}” nie jest poprawną godziną GG:MM.",
            "email" => $"„{s}” nie jest poprawnym adresem e-mail.",
            "uri" or "uri-reference" => $"„{s}” nie jest poprawnym adresem URL.",
            _ => $"„{s}” nie jest poprawną nazwą hosta.",
        }));
    }

    private (JsonElement Schema, JsonElement Document) Resolve(string reference, JsonElement document)
    {
        var hash = reference.IndexOf('#');
        var docId = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "" : reference[(hash + 1)..];
        var doc = docId.Length == 0 ? document
            : _schemas.TryGetValue(docId, out var d) ? d : throw new InvalidOperationException($"Unknown schema '{docId}' in $ref.");
        var node = doc;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = node.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
        return (node, doc);
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => Is(value, t.GetString()!)) : Is(value, type.GetString()!);

    private static bool Is(JsonElement v, string type) => type switch
    {
        "object" => v.ValueKind == JsonValueKind.Object,
        "array" => v.ValueKind == JsonValueKind.Array,
        "string" => v.ValueKind == JsonValueKind.String,
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => v.ValueKind == JsonValueKind.Null,
        "number" => v.ValueKind == JsonValueKind.Number,
        "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
        _ => throw new NotSupportedException($"JSON Schema type '{type}' is not supported."),
    };

    private static string Describe(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" lub ", type.EnumerateArray().Select(t => TypeName(t.GetString()!))) : TypeName(type.GetString()!);

    private static string TypeName(string t) => t switch
    {
        "object" => "obiekt", "array" => "lista", "string" => "tekst", "boolean" => "true/false",
        "null" => "null", "number" => "liczba", "integer" => "liczba całkowita", _ => t,
    };

    private static string KindName(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "obiekt", JsonValueKind.Array => "lista", JsonValueKind.String => "tekst",
        JsonValueKind.Number => "liczba", JsonValueKind.True or JsonValueKind.False => "true/false", _ => "null",
    };
}
