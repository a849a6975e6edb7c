using Eboi.Content;
namespace Eboi.Catalog.Domain;

/// <summary>The content types of the catalog: a service card (karta usługi) and a category.</summary>
internal static class CatalogContentTypes
{
    public const string Service = "KartaUslugi";
    public const string Category = "KategoriaSpraw";

    public static readonly ContentTypeDefinition ServiceDefinition = new(Service, "Karta usługi",
    [
        new("summary", "Krótki opis", ContentFieldKind.Text),
        new("description", "Czego dotyczy sprawa", ContentFieldKind.Markdown, Required: true),
        new("whoMayApply", "Kto może złożyć wniosek", ContentFieldKind.Markdown),
        new("requiredDocuments", "Wymagane dokumenty", ContentFieldKind.TextList),
        new("fees", "Opłaty", ContentFieldKind.Markdown),
        new("timeLimit", "Termin załatwienia", ContentFieldKind.Text),
        new("place", "Gdzie załatwić", ContentFieldKind.Object),
        new("appeal", "Tryb odwoławczy", ContentFieldKind.Markdown),
        new("legalBasis", "Podstawa prawna", ContentFieldKind.TextList),
        new("forms", "Formularze do pobrania", ContentFieldKind.LinkList),
        new("epuapUrl", "Usługa ePUAP / gov.pl", ContentFieldKind.Link),
        new("onlineForm", "Formularz elektroniczny w portalu (slug)", ContentFieldKind.Text),
        new("online", "Można załatwić przez internet", ContentFieldKind.Boolean),
        new("keywords", "Słowa kluczowe", ContentFieldKind.TextList),
    ]);

    public static readonly ContentTypeDefinition CategoryDefinition = new(Category, "Kategoria spraw",
    [
        new("description", "Opis", ContentFieldKind.Text),
    ]);
}
