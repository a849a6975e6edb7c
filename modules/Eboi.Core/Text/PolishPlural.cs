namespace Eboi.Core.Text;

/// <summary>Polish noun forms after a number: 1 strona, 2–4 strony (not 12–14), 5 stron, 22 strony, 25 stron.</summary>
public static class PolishPlural
{
    public static string Of(long n, string one, string few, string many)
    {
        var word = n == 1 ? one : n % 10 is >= 2 and <= 4 && n % 100 is not (>= 12 and <= 14) ? few : many;
        return $"{n} {word}";
    }
}
