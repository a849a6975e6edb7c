using System.Globalization;
using System.Text;
using Eboi.Core.Text;

namespace Eboi.Payments.Admin;

/// <summary>
/// The staff list's search and filters as the query string carries them (q, status, od, do, zrodlo, strona), parsed by
/// one pure rule shared by the list and the CSV export, with Polish messages for what cannot be understood.
/// </summary>
internal sealed record PaymentFilter(string? Text, string? State, DateOnly? From, DateOnly? To, string? Source, int Page)
{
    public const string TextKey = "q";
    public const string StateKey = "status";
    public const string FromKey = "od";
    public const string ToKey = "do";
    public const string SourceKey = "zrodlo";
    public const string PageKey = "strona";
    public const int TextMax = 100;

    public static readonly PaymentFilter None = new(null, null, null, null, null, 1);

    /// <summary>A filter and the messages per field (keyed by the query name); a field in error is left out of the filter.</summary>
    public sealed record Parsed(PaymentFilter Filter, IReadOnlyDictionary<string, string> Errors);

    public static Parsed Parse(string? text, string? state, string? from, string? to, string? source, string? page)
    {
        var errors = new Dictionary<string, string>();
        var q = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (q is { Length: > TextMax }) q = q[..TextMax];

        var s = string.IsNullOrWhiteSpace(state) ? null : state.Trim();
        if (s is not null && !PaymentState.IsKnown(s))
        {
            errors[StateKey] = "Wybierz status z listy.";
            s = null;
        }

        var f = Date(from, FromKey, "od", errors);
        var t = Date(to, ToKey, "do", errors);
        if (f is { } a && t is { } b && b < a)
        {
            errors[ToKey] = "Data „do” nie może być wcześniejsza niż data „od”.";
            t = null;
        }

        var src = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        var p = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;
        return new Parsed(new PaymentFilter(q, s, f, t, src, p), errors);
    }

    private static DateOnly? Date(string? value, string key, string name, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors[key] = $"Podaj datę „{name}” w formacie RRRR-MM-DD, np. 2026-03-15.";
        return null;
    }

    /// <summary>The first instant of <see cref="From"/> in Warsaw (payments are dated by the Polish day).</summary>
    public DateTimeOffset? FromInstant => From is { } d ? WarsawMidnight(d) : null;

    /// <summary>The first instant after <see cref="To"/> in Warsaw.</summary>
    public DateTimeOffset? ToInstantExclusive => To is { } d ? WarsawMidnight(d.AddDays(1)) : null;

    private static DateTimeOffset WarsawMidnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        var offset = PolishTime.ToWarsaw(new DateTimeOffset(local, TimeSpan.Zero)).Offset;
        // The offset at UTC midnight equals the one at Warsaw midnight except on a DST-change night, when both are early morning anyway.
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The query values of this filter (page left out unless asked), for links and the export button.</summary>
    public Dictionary<string, string?> Query(int? page = null) => new()
    {
        [TextKey] = Text,
        [StateKey] = State,
        [FromKey] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [ToKey] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [SourceKey] = Source,
        [PageKey] = page?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>What the audit log says the staff member asked for, e.g. "szukaj: kowalski; status: opłacona; od: 2026-01-01".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Text is not null) parts.Add($"szukaj: {Text}");
        if (State is not null) parts.Add($"status: {PaymentState.Label(State)}");
        if (From is { } f) parts.Add($"od: {f:yyyy-MM-dd}");
        if (To is { } t) parts.Add($"do: {t:yyyy-MM-dd}");
        if (Source is not null) parts.Add($"źródło: {Source}");
        var sb = new StringBuilder(parts.Count == 0 ? "bez filtrów" : string.Join("; ", parts));
        if (Page > 1) sb.Append($"; strona {Page}");
        return sb.ToString();
    }
}
