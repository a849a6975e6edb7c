namespace Eboi.Taxes.Cards;

/// <summary>Card numbers in URLs: links escape them (they often hold "/"), and routing leaves "%2F" encoded in the route value.</summary>
internal static class CardNumbers
{
    public static string FromRoute(string value) => value.Contains('%') ? Uri.UnescapeDataString(value) : value;
}
