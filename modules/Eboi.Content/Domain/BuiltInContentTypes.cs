namespace Eboi.Content;

/// <summary>Field lists of the content types the Content module ensures in every tenant.</summary>
public static class BuiltInContentTypes
{
    public static readonly ContentTypeDefinition Page = new(ContentTypeNames.Page, "Strona",
    [
        new("body", "Treść", ContentFieldKind.Markdown, Required: true),
        new("menu", "Pokaż w menu", ContentFieldKind.Boolean),
    ]);

    public static readonly ContentTypeDefinition Regulamin = new(ContentTypeNames.Regulamin, "Regulamin portalu",
    [
        new("version", "Wersja", ContentFieldKind.Text, Required: true),
        new("effectiveFrom", "Obowiązuje od", ContentFieldKind.Date, Required: true),
        new("body", "Treść", ContentFieldKind.Markdown, Required: true),
    ]);
}

/// <summary>A content type as defined by a module or a recipe.</summary>
public sealed record ContentTypeDefinition(string Name, string DisplayName, IReadOnlyList<ContentField> Fields);
