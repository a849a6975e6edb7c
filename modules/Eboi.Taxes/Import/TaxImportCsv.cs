using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Eboi.Taxes.Import;

/// <summary>
/// The CSV layout of the staff upload: one ';'-separated UTF-8 file, one record per row, its type in the first column
/// (podatnik, karta, przedmiot, decyzja, rata, wplata), no header ('#' starts a comment line). Rows become a
/// <see cref="TaxImportBatch"/> for <see cref="TaxImporter"/>; a row that cannot be read is rejected with its line, and
/// takes its card or decision with it (a card never lands without one of its subjects, a decision without one of its
/// instalments).
/// </summary>
internal static partial class TaxImportCsv
{
    public const string Podatnik = "podatnik", Karta = "karta", Przedmiot = "przedmiot", Decyzja = "decyzja", Rata = "rata", Wplata = "wplata";

    /// <summary>Columns after the type, per type, as the page documents them.</summary>
    public static readonly IReadOnlyList<(string Type, string[] Columns)> Layout =
    [
        (Podatnik, ["identyfikator", "nazwa", "pesel", "nip", "adres"]),
        (Karta, ["identyfikator", "numer", "rodzaj", "rok", "rachunek", "zobowiązani (identyfikatory podatników po przecinku)"]),
        (Przedmiot, ["karta", "opis", "podstawa (powierzchnia)", "jednostka", "klasa", "stawka", "kwota"]),
        (Decyzja, ["identyfikator", "karta", "numer", "data wydania (RRRR-MM-DD)"]),
        (Rata, ["decyzja", "numer raty", "termin ustawowy (RRRR-MM-DD)", "kwota"]),
        (Wplata, ["identyfikator", "karta", "data (RRRR-MM-DD)", "kwota", "tytuł"]),
    ];

    /// <summary>The batch, the rejections of rows that could not be read, and the line of each record (for messages).</summary>
    public sealed record Parsed(TaxImportBatch Batch, List<RejectedRecord> Rejected, Dictionary<string, int> Lines);

    /// <summary>Whether the text looks like this layout: the first data row starts with a known type.</summary>
    public static bool LooksLikeImport(string text) =>
        SemicolonCsv.Read(text).FirstOrDefault(r => !IsSkipped(r.Fields)) is { Fields.Count: > 1 } first
        && Layout.Any(l => l.Type == first.Fields[0].Trim().ToLowerInvariant());

    public static Parsed Parse(string text)
    {
        var taxpayers = new List<ImportTaxpayer>();
        var cards = new List<ImportCard>();
        var decisions = new List<ImportDecision>();
        var operations = new List<ImportOperation>();
        var rejected = new List<RejectedRecord>();
        var lines = new Dictionary<string, int>();
        var cardIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var decisionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var brokenCards = new Dictionary<string, string>(StringComparer.Ordinal);
        var brokenDecisions = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (line, f) in SemicolonCsv.Read(text))
        {
            if (IsSkipped(f)) continue;
            var type = f[0].Trim().ToLowerInvariant();
            string Col(int i) => i < f.Count ? f[i].Trim() : "";
            var layout = Layout.FirstOrDefault(l => l.Type == type);
            if (layout.Columns is null)
            {
                rejected.Add(new("wiersz", null, $"wiersz {line}", $"Wiersz {line}: nieznany typ rekordu „{f[0]}”; dozwolone: {string.Join(", ", Layout.Select(l => l.Type))}."));
                continue;
            }
            if (f.Count - 1 < layout.Columns.Length)
            {
                var error = $"Wiersz {line} ({type}): za mało kolumn ({f.Count - 1} z {layout.Columns.Length}: {string.Join("; ", layout.Columns)}).";
                RejectRow(type, Col(1), line, error);
                continue;
            }
            try
            {
                switch (type)
                {
                    case Podatnik:
                        lines[$"taxpayers[{taxpayers.Count}]"] = line;
                        taxpayers.Add(new(Col(1), Col(2), Null(Col(3)), Null(Col(4)), Null(Col(5))));
                        break;
                    case Karta:
                        lines[$"cards[{cards.Count}]"] = line;
                        cardIndex[Col(1)] = cards.Count;
                        cards.Add(new(Col(1), Col(2), Col(3), Int(Col(4), "rok"), Col(5),
                            Col(6).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(), []));
                        break;
                    case Przedmiot:
                        if (!cardIndex.TryGetValue(Col(1), out var ci))
                            throw new FormatException($"przedmiot karty {Col(1)}, której nie ma wyżej w pliku (wiersz karty musi poprzedzać jej przedmioty)");
                        cards[ci].Subjects!.Add(new(Col(2), Dec(Col(3), "podstawa"), Null(Col(4)), Null(Col(5)), Dec(Col(6), "stawka"), Dec(Col(7), "kwota") ?? throw new FormatException("brak kwoty")));
                        break;
                    case Decyzja:
                        lines[$"decisions[{decisions.Count}]"] = line;
                        decisionIndex[Col(1)] = decisions.Count;
                        decisions.Add(new(Col(1), Col(2), Col(3), Date(Col(4), "data wydania"), []));
                        break;
                    case Rata:
                        if (!decisionIndex.TryGetValue(Col(1), out var di))
                            throw new FormatException($"rata decyzji {Col(1)}, której nie ma wyżej w pliku (wiersz decyzji musi poprzedzać jej raty)");
                        decisions[di].Instalments!.Add(new(Int(Col(2), "numer raty"), Date(Col(3), "termin"), Dec(Col(4), "kwota") ?? throw new FormatException("brak kwoty")));
                        break;
                    case Wplata:
                        lines[$"operations[{operations.Count}]"] = line;
                        operations.Add(new(Col(1), Col(2), Date(Col(3), "data"), Dec(Col(4), "kwota"), Null(Col(5))));
                        break;
                }
            }
            catch (FormatException e)
            {
                RejectRow(type, Col(1), line, $"Wiersz {line} ({type}): {e.Message}.");
            }
        }

        void RejectRow(string type, string id, int line, string reason)
        {
            switch (type)
            {
                case Przedmiot: brokenCards.TryAdd(id, reason); break;
                case Rata: brokenDecisions.TryAdd(id, reason); break;
                case Karta: brokenCards.TryAdd(id, reason); break;
                case Decyzja: brokenDecisions.TryAdd(id, reason); break;
                default: rejected.Add(new(TypeOf(type), Null(id), $"wiersz {line}", reason)); break;
            }
        }

        // A card or decision with an unreadable row of its own is rejected whole (with the rows' reasons).
        foreach (var (id, reason) in brokenCards)
            rejected.Add(new(ImportRecordTypes.Card, Null(id), "wiersz", $"Karta {id} odrzucona w całości: {reason}"));
        foreach (var (id, reason) in brokenDecisions)
            rejected.Add(new(ImportRecordTypes.Decision, Null(id), "wiersz", $"Decyzja {id} odrzucona w całości: {reason}"));
        var keptCards = cards.Where(c => !brokenCards.ContainsKey(c.ExternalId ?? "")).ToList();
        var keptDecisions = decisions.Where(d => !brokenDecisions.ContainsKey(d.ExternalId ?? "")).ToList();
        // Decisions and payments pointing at a rejected card are checked on their own (against the card already in the kartoteka, if any).
        var renumbered = new Dictionary<string, int>();
        Renumber("cards", cards, keptCards, lines, renumbered);
        Renumber("decisions", decisions, keptDecisions, lines, renumbered);
        foreach (var (k, v) in lines.Where(l => l.Key.StartsWith("taxpayers", StringComparison.Ordinal) || l.Key.StartsWith("operations", StringComparison.Ordinal))) renumbered[k] = v;
        return new Parsed(new TaxImportBatch(taxpayers, keptCards, keptDecisions, operations), rejected, renumbered);
    }

    /// <summary>Importer rejections of CSV records say the file's line ("wiersz 12") instead of the batch path.</summary>
    public static RejectedRecord WithLine(RejectedRecord r, Dictionary<string, int> lines)
    {
        var m = RecordPath().Match(r.Field);
        return m.Success && lines.TryGetValue(m.Groups[1].Value, out var line) ? r with { Field = m.Groups[2].Value.Length > 0 ? $"wiersz {line}, pole {m.Groups[2].Value.TrimStart('.')}" : $"wiersz {line}" } : r;
    }

    private static void Renumber<T>(string name, List<T> all, List<T> kept, Dictionary<string, int> lines, Dictionary<string, int> into) where T : class
    {
        for (var i = 0; i < kept.Count; i++)
        {
            var was = all.FindIndex(x => ReferenceEquals(x, kept[i]));
            if (was >= 0 && lines.TryGetValue($"{name}[{was}]", out var line)) into[$"{name}[{i}]"] = line;
        }
    }

    private static bool IsSkipped(IReadOnlyList<string> f) =>
        f.Count == 0 || f.All(string.IsNullOrWhiteSpace) || f[0].TrimStart().StartsWith('#');

    private static string TypeOf(string csvType) => csvType switch
    {
        Podatnik => ImportRecordTypes.Taxpayer,
        Karta or Przedmiot => ImportRecordTypes.Card,
        Decyzja or Rata => ImportRecordTypes.Decision,
        _ => ImportRecordTypes.Operation,
    };

    private static string? Null(string s) => s.Length == 0 ? null : s;

    private static int? Int(string s, string what) =>
        s.Length == 0 ? null : int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException($"{what} „{s}” nie jest liczbą całkowitą");

    private static decimal? Dec(string s, string what)
    {
        if (s.Length == 0) return null;
        var n = s.Replace(" ", "").Replace("\u00a0", "").Replace(',', '.');
        return decimal.TryParse(n, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v : throw new FormatException($"{what} „{s}” nie jest liczbą (np. 1234,56)");
    }

    private static DateOnly? Date(string s, string what) =>
        s.Length == 0 ? null : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new FormatException($"{what} „{s}” nie jest datą RRRR-MM-DD");

    [GeneratedRegex(@"^((?:taxpayers|cards|decisions|operations)\[\d+\])(.*)$")]
    private static partial Regex RecordPath();

    /// <summary>Decodes an upload as strict UTF-8 (BOM allowed); null when it is not UTF-8 text.</summary>
    public static string? DecodeUtf8(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return text.Contains('\0') ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
