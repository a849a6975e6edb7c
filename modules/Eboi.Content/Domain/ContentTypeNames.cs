namespace Eboi.Content;

/// <summary>Content types the Content module defines for every tenant.</summary>
public static class ContentTypeNames
{
    public const string Page = "Strona";
    public const string Regulamin = "Regulamin";
}
