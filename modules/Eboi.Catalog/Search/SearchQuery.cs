using System.Globalization;
using System.Text;

namespace Eboi.Catalog.Search;

/// <summary>Splits a citizen's query into search words: letters and digits only, Polish stop words dropped.</summary>
internal static class SearchQuery
{
    public const int MaxLength = 200;
    private const int MaxWords = 8;

    // The same function words as scripts/polish_ascii.stop (folded), so typo matching ignores "o", "do", "na"...
    private static readonly HashSet<string> StopWords =
    [
        "a", "aby", "ale", "albo", "ani", "az", "bez", "bo", "by", "byc", "czy", "dla", "do", "gdy", "gdzie", "i", "ich",
        "jak", "jako", "jest", "juz", "ku", "lub", "ma", "mi", "na", "nad", "nie", "niech", "o", "od", "oraz", "po", "pod",
        "przed", "przez", "przy", "sie", "sa", "tak", "takze", "te", "ten", "to", "tu", "u", "w", "we", "wiec", "z", "za",
        "ze", "zeby",
    ];

    public static string Normalize(string? q)
    {
        var trimmed = (q ?? "").Trim();
        return trimmed.Length > MaxLength ? trimmed[..MaxLength] : trimmed;
    }

    /// <summary>Words worth matching one by one (typo fallback and "any word" fallback).</summary>
    public static IReadOnlyList<string> Words(string query)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in query.ToLower(new CultureInfo("pl-PL")) + " ")
        {
            if (char.IsLetterOrDigit(ch)) { sb.Append(ch); continue; }
            if (sb.Length > 0 && !StopWords.Contains(Fold(sb.ToString()))) words.Add(sb.ToString());
            sb.Clear();
        }
        return words.Distinct().Take(MaxWords).ToList();
    }

    /// <summary>Removes Polish diacritics (ą→a, ł→l, ...).</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            sb.Append(ch switch
            {
                'ą' => 'a', 'ć' => 'c', 'ę' => 'e', 'ł' => 'l', 'ń' => 'n', 'ó' => 'o', 'ś' => 's', 'ź' or 'ż' => 'z',
                'Ą' => 'A', 'Ć' => 'C', 'Ę' => 'E', 'Ł' => 'L', 'Ń' => 'N', 'Ó' => 'O', 'Ś' => 'S', 'Ź' or 'Ż' => 'Z',
                _ => ch,
            });
        return sb.ToString();
    }
}
