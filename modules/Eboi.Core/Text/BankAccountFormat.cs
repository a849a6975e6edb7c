namespace Eboi.Core.Text;

/// <summary>Formats a 26-digit NRB in the usual groups: "12 3456 7890 ...".</summary>
public static class BankAccountFormat
{
    public static string Format(string nrb)
    {
        var digits = new string(nrb.Where(char.IsDigit).ToArray());
        if (digits.Length != 26) return nrb;
        return digits[..2] + " " + string.Join(" ", Enumerable.Range(0, 6).Select(i => digits.Substring(2 + i * 4, 4)));
    }
}
