using Eboi.Core.Security;

namespace Eboi.Content;

/// <summary>The Content module's permissions (also used by Catalog, whose cards are content items).</summary>
public static class ContentPermissions
{
    public const string Edit = "content.edit";
    public const string Publish = "content.publish";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Edit, "Edycja treści: katalog spraw, strony, regulamin"),
        new(Publish, "Publikowanie i wycofywanie treści"),
    ];
}
