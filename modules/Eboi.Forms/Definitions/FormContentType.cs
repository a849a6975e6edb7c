using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Eboi.Content;
using Eboi.Forms.Domain;

namespace Eboi.Forms.Definitions;

/// <summary>
/// Forms are content: each form is an item of the content type "Formularz", its versions (draft, published, archived)
/// kept by <see cref="ContentService"/>; a version's data is a <see cref="FormContent"/> (description, department, fields).
/// </summary>
internal static class FormContentType
{
    public const string Name = "Formularz";

    public static readonly ContentTypeDefinition Definition = new(Name, "Formularz elektroniczny",
    [
        new("description", "Opis", ContentFieldKind.Markdown),
        new("department", "Wydział lub referat, do którego trafia", ContentFieldKind.Text, Required: true),
        new("departmentEmail", "Adres e-mail wydziału", ContentFieldKind.Text),
        new("fields", "Pola formularza", ContentFieldKind.Object, Required: true),
    ]);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static FormContent Read(string data) => JsonSerializer.Deserialize<FormContent>(data, Json) ?? new();

    public static JsonObject Write(FormContent content) => JsonSerializer.SerializeToNode(content, Json)!.AsObject();

    public static FormDefinition From(ContentVersion v) => new(v.ItemId, v.Number, v.Slug, v.Title, Read(v.Data));
}
