using System.Globalization;
using System.Numerics;
using Eboi.Taxes.Import;

namespace Eboi.Taxes.Recipes;

/// <summary>
/// Builds the demo import batch of a gmina: the two persons share a łączne zobowiązanie pieniężne card (with last
/// year's 3rd and 4th instalments unpaid, so interest shows) and have one card each (odpady, transport); a company gets a
/// podatek od nieruchomości card. Instalments fall on 15 III, 15 V, 15 IX, 15 XI (shifted on import); the ones due
/// before today are paid on time, except the 3rd and 4th of each year on the shared card and the transport card's later ones. Amounts and
/// account numbers differ per gmina (from its slug). External ids are stable, so applying again changes nothing.
/// </summary>
internal static class DemoTaxData
{
    public sealed record DemoTaxpayer(string Name, string? Pesel, string? Nip, string Address);
    public sealed record Demo(string Bank, List<DemoTaxpayer> Taxpayers);

    private static readonly (int Month, int Day)[] Terms = [(3, 15), (5, 15), (9, 15), (11, 15)];

    public static TaxImportBatch Build(string slug, Demo demo, DateOnly today)
    {
        var seed = slug.Aggregate(17, (h, c) => unchecked(h * 31 + c)) & 0x7fffffff;
        var factor = 1m + seed % 9 / 100m;
        var year = today.Year;
        var taxpayers = demo.Taxpayers.Select((t, i) => new ImportTaxpayer($"demo-podatnik-{i + 1}", t.Name, t.Pesel, t.Nip, t.Address)).ToList();
        var cards = new List<ImportCard>();
        var decisions = new List<ImportDecision>();
        var operations = new List<ImportOperation>();
        var account = 0;

        void Card(string key, string kind, string prefix, string[] obligors, List<ImportSubject> subjects, decimal yearly, Func<int, int, bool> paid, bool lastYear)
        {
            var id = $"demo-karta-{key}";
            cards.Add(new(id, string.Create(CultureInfo.InvariantCulture, $"{prefix}/{seed % 900 + 100}/{++account:D4}"), kind, year, Nrb(demo.Bank, seed, account), obligors.ToList(), subjects));
            foreach (var y in lastYear ? new[] { year - 1, year } : [year])
            {
                var total = Math.Round(yearly * factor, 2, MidpointRounding.AwayFromZero);
                var each = Math.Floor(total / 4 * 100) / 100;
                var instalments = Terms.Select((t, n) => new ImportInstalment(n + 1, new DateOnly(y, t.Month, t.Day), n == 0 ? total - 3 * each : each)).ToList();
                decisions.Add(new($"demo-decyzja-{key}-{y}", id, $"N/{y}/{account:D4}", new DateOnly(y, 2, 10), instalments, y));
                foreach (var i in instalments)
                {
                    var payDay = i.DueDate!.Value.AddDays(-3);
                    if (payDay > today || !paid(y, i.Number!.Value)) continue;
                    operations.Add(new($"demo-wplata-{key}-{y}-{i.Number}", id, payDay, i.Amount, $"Wpłata – rata {i.Number}/{y}"));
                }
            }
        }

        var p1 = taxpayers[0].ExternalId!;
        var p2 = taxpayers[1].ExternalId!;
        List<ImportSubject> shared =
        [
            new("Działka nr 214/3 – grunty orne (podatek rolny)", 4.8000m, "ha", "RIIIa", 278.41m, Math.Round(4.8m * 278.41m, 2)),
            new("Budynek mieszkalny, " + demo.Taxpayers[0].Address, 180.00m, "m2", null, 1.15m, Math.Round(180m * 1.15m, 2)),
            new("Grunt pod budynkiem mieszkalnym", 1200m, "m2", null, 0.61m, Math.Round(1200m * 0.61m, 2)),
        ];
        Card("lzp", "lzp", "LZP", [p1, p2], shared, shared.Sum(s => s.Amount!.Value), (_, n) => n < 3, lastYear: true);
        Card("odpady", "odpady", "ODP", [p1],
            [new("Gospodarstwo domowe, 4 osoby", 4, "os.", null, 33m, 4 * 33m * 12)], 1584m, (_, _) => true, lastYear: false);
        Card("transport", "transport", "TR", [p2],
            [new("Ciągnik siodłowy, DMC 40 t, 3 osie", 40, "t", "3 osie", 2350m, 2350m)], 2350m, (_, n) => n < 2, lastYear: false);
        if (taxpayers.Count > 2)
            Card("nieruchomosci", "nieruchomosci", "NIER", [taxpayers[2].ExternalId!],
            [
                new("Budynek związany z działalnością gospodarczą", 640m, "m2", null, 33.10m, Math.Round(640m * 33.10m, 2)),
                new("Grunt związany z działalnością gospodarczą", 2100m, "m2", null, 1.34m, Math.Round(2100m * 1.34m, 2)),
            ], Math.Round(640m * 33.10m + 2100m * 1.34m, 2), (_, _) => true, lastYear: false);
        return new TaxImportBatch(taxpayers, cards, decisions, operations);
    }

    /// <summary>A valid NRB: the bank's 8 digits and a 16-digit account of this gmina and card, with ISO 13616 check digits.</summary>
    public static string Nrb(string bank, int seed, int card)
    {
        var bban = bank + string.Create(CultureInfo.InvariantCulture, $"{seed % 100_000_000:D8}{card:D8}");
        var check = 98 - (int)(BigInteger.Parse(bban + "252100", CultureInfo.InvariantCulture) % 97);
        return string.Create(CultureInfo.InvariantCulture, $"{check:D2}{bban}");
    }
}
