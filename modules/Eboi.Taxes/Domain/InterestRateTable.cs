using System.Text.Json;

namespace Eboi.Taxes.Domain;

/// <summary>
/// The rates of interest on tax arrears over time, as data: the statutory table ships in interest-rates.json (updated
/// from each MF obwieszczenie), and tests can build their own. Before the first entry the first rate applies (the 8% floor).
/// </summary>
internal sealed class InterestRateTable
{
    private readonly InterestRate[] _rates;

    public InterestRateTable(IEnumerable<InterestRate> rates)
    {
        _rates = rates.OrderBy(r => r.EffectiveFrom).ToArray();
        if (_rates.Length == 0) throw new ArgumentException("A rate table needs at least one rate.", nameof(rates));
        if (_rates.Select(r => r.EffectiveFrom).Distinct().Count() != _rates.Length)
            throw new ArgumentException("Two rates take effect on the same day.", nameof(rates));
    }

    /// <summary>The table shipped with eBOI (domain-pl.md §6.2).</summary>
    public static InterestRateTable Statutory { get; } = Load();

    /// <summary>The basic rate in force on <paramref name="day"/>.</summary>
    public decimal BasicOn(DateOnly day)
    {
        var rate = _rates[0].BasicPercent;
        foreach (var r in _rates)
        {
            if (r.EffectiveFrom > day) break;
            rate = r.BasicPercent;
        }
        return rate;
    }

    /// <summary>The days on which the rate changes inside (<paramref name="from"/>, <paramref name="to"/>], in order.</summary>
    public IEnumerable<DateOnly> ChangesWithin(DateOnly from, DateOnly to) =>
        _rates.Select(r => r.EffectiveFrom).Where(d => d > from && d <= to);

    private static InterestRateTable Load()
    {
        using var stream = typeof(InterestRateTable).Assembly.GetManifestResourceStream("Eboi.Taxes.Domain.interest-rates.json")
            ?? throw new InvalidOperationException("interest-rates.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        return new InterestRateTable(document.RootElement.GetProperty("rates").EnumerateArray()
            .Select(r => new InterestRate(DateOnly.Parse(r.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture), r.GetProperty("basic").GetDecimal())));
    }
}
