using Eboi.Payments;
using Eboi.Payments.Admin;

namespace Eboi.Tests.Payments;

/// <summary>The staff list's query string becomes one filter (shared by the list and the export) with Polish messages for what it cannot read.</summary>
public sealed class PaymentFilterTests
{
    [Fact]
    public void An_empty_query_is_no_filter_on_the_first_page()
    {
        var parsed = PaymentFilter.Parse(null, "", "  ", null, "", null);
        Assert.Empty(parsed.Errors);
        Assert.Equal(PaymentFilter.None, parsed.Filter);
        Assert.Equal("bez filtrów", parsed.Filter.Describe());
    }

    [Fact]
    public void Every_field_is_read_and_described_for_the_audit_log()
    {
        var parsed = PaymentFilter.Parse("  Kowalski ", PaymentState.Paid, "2026-01-01", "2026-01-31", "Taxes", "3");
        Assert.Empty(parsed.Errors);
        Assert.Equal(new PaymentFilter("Kowalski", PaymentState.Paid, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), "Taxes", 3), parsed.Filter);
        Assert.Equal("szukaj: Kowalski; status: opłacona; od: 2026-01-01; do: 2026-01-31; źródło: Taxes; strona 3", parsed.Filter.Describe());
    }

    [Theory]
    [InlineData("15.03.2026")]
    [InlineData("2026-02-30")]
    [InlineData("wczoraj")]
    public void A_date_not_in_iso_form_is_an_error_next_to_its_field_and_left_out(string from)
    {
        var parsed = PaymentFilter.Parse(null, null, from, null, null, null);
        Assert.Equal("Podaj datę „od” w formacie RRRR-MM-DD, np. 2026-03-15.", parsed.Errors[PaymentFilter.FromKey]);
        Assert.Null(parsed.Filter.From);
    }

    [Fact]
    public void An_end_before_the_start_is_an_error_on_the_end()
    {
        var parsed = PaymentFilter.Parse(null, null, "2026-02-10", "2026-02-01", null, null);
        Assert.Equal("Data „do” nie może być wcześniejsza niż data „od”.", parsed.Errors[PaymentFilter.ToKey]);
        Assert.Equal(new DateOnly(2026, 2, 10), parsed.Filter.From);
        Assert.Null(parsed.Filter.To);
    }

    [Fact]
    public void An_unknown_status_is_an_error_and_no_filter()
    {
        var parsed = PaymentFilter.Parse(null, "zaplacona", null, null, null, null);
        Assert.Equal("Wybierz status z listy.", parsed.Errors[PaymentFilter.StateKey]);
        Assert.Null(parsed.Filter.State);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("abc")]
    [InlineData("99999999999")]
    public void A_page_that_is_no_positive_number_is_the_first(string page) =>
        Assert.Equal(1, PaymentFilter.Parse(null, null, null, null, null, page).Filter.Page);

    [Fact]
    public void A_long_search_text_is_cut()
    {
        var parsed = PaymentFilter.Parse(new string('a', 500), null, null, null, null, null);
        Assert.Equal(PaymentFilter.TextMax, parsed.Filter.Text!.Length);
    }

    [Fact]
    public void Days_are_polish_days_in_winter_and_in_summer()
    {
        var winter = PaymentFilter.Parse(null, null, "2026-01-15", "2026-01-15", null, null).Filter;
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 23, 0, 0, TimeSpan.Zero), winter.FromInstant);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 23, 0, 0, TimeSpan.Zero), winter.ToInstantExclusive);
        var summer = PaymentFilter.Parse(null, null, "2026-07-01", null, null, null).Filter;
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero), summer.FromInstant);
    }

    [Fact]
    public void The_query_for_links_holds_only_what_was_set()
    {
        var filter = PaymentFilter.Parse("x", null, "2026-01-01", null, null, null).Filter;
        var query = filter.Query(2).Where(kv => kv.Value is not null).ToDictionary();
        Assert.Equal(new Dictionary<string, string?> { ["q"] = "x", ["od"] = "2026-01-01", ["strona"] = "2" }, query);
    }
}
