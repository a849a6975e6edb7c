using Eboi.Core.Tenancy;

namespace Eboi.Core.Text;

/// <summary>Office hours as people read them on the office door: consecutive days with the same hours as one range.</summary>
public static class OfficeHoursFormat
{
    public static IReadOnlyList<(string Days, string Hours)> Group(IEnumerable<OfficeHours> hours)
    {
        var groups = new List<(string First, string Last, string Hours)>();
        foreach (var h in hours)
        {
            var span = $"{h.From}–{h.To}";
            if (groups.Count > 0 && groups[^1].Hours == span) groups[^1] = (groups[^1].First, h.Days, span);
            else groups.Add((h.Days, h.Days, span));
        }
        return groups.Select(g => (g.First == g.Last ? g.First : $"{g.First}–{g.Last}", g.Hours)).ToList();
    }

    /// <summary>One line: "poniedziałek 07:30–17:00; wtorek–piątek 07:30–15:30".</summary>
    public static string OneLine(IEnumerable<OfficeHours> hours) => string.Join("; ", Group(hours).Select(g => $"{g.Days} {g.Hours}"));
}
