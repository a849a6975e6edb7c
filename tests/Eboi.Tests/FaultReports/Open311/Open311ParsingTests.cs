using Eboi.Core.Tenancy;
using Eboi.FaultReports.Open311;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Eboi.Tests.FaultReports.Open311;

/// <summary>The protocol's own rules: dates with a zone, the 90-day window, statuses, a POST's required fields and limits, jurisdiction.</summary>
public sealed class Open311ParsingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-11-01T00:00:00+01:00", true)]
    [InlineData("2026-11-01T00:00:00Z", true)]
    [InlineData("2026-11-01T00:00:00.123Z", true)]
    [InlineData("2026-11-01T00:00:00", false)]      // no zone: ambiguous, refused
    [InlineData("2026-11-01", false)]
    [InlineData("wczoraj", false)]
    public void Dates_must_name_their_zone(string text, bool accepted) => Assert.Equal(accepted, Open311Dates.TryParse(text, out _));

    [Fact]
    public void Without_dates_the_last_90_days_are_asked_for()
    {
        var (query, errors) = RequestQueryParser.Parse(Query(), Now);
        Assert.Empty(errors);
        Assert.Equal((Now - TimeSpan.FromDays(90), Now, 1000), (query!.Start, query.End, query.Limit));
    }

    [Fact]
    public void A_period_over_90_days_bad_dates_and_unknown_statuses_are_400()
    {
        Assert.Contains("90 dni", Single(Query(("start_date", "2026-01-01T00:00:00Z"), ("end_date", "2026-11-01T00:00:00Z"))).Description);
        Assert.Contains("start_date", Single(Query(("start_date", "2026-01-01"))).Description);
        Assert.Contains("open i closed", Single(Query(("status", "open,fixed"))).Description);
        Assert.Contains("późniejsza", Single(Query(("start_date", "2026-11-02T00:00:00Z"), ("end_date", "2026-11-01T00:00:00Z"))).Description);
    }

    [Fact]
    public void Ids_override_the_other_filters_and_empty_parameters_are_absent()
    {
        var (query, _) = RequestQueryParser.Parse(Query(("service_request_id", "U-1, U-2,"), ("status", ""), ("start_date", "")), Now);
        Assert.Equal(["U-1", "U-2"], query!.Ids!);
        Assert.Null(query.Statuses);
    }

    [Fact]
    public void A_post_needs_a_service_code_and_a_place_and_keeps_to_the_limits()
    {
        var (_, errors) = NewRequestParser.Parse(Form(("description", new string('x', 4001))));
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Description.StartsWith("service_code", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Description.StartsWith("Podaj miejsce", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Description.Contains("4000") && e.Description.Contains("4001"));

        Assert.Contains("lat, long", Assert.Single(NewRequestParser.Parse(Form(("service_code", "drogi"), ("lat", "51,41"), ("long", "21.96"))).Errors).Description);
        Assert.Contains("lat, long", Assert.Single(NewRequestParser.Parse(Form(("service_code", "drogi"), ("lat", "95"), ("long", "21.96"))).Errors).Description);
    }

    [Fact]
    public void A_valid_post_is_read_with_its_coordinates()
    {
        var (request, errors) = NewRequestParser.Parse(Form(("service_code", "drogi"), ("lat", "51.4165"), ("long", "21.969"), ("email", "jan@example.pl"), ("description", "Dziura\nna jezdni")));
        Assert.Empty(errors);
        Assert.Equal(("drogi", 51.4165m, 21.969m, "jan@example.pl", "Dziura\nna jezdni"), (request!.ServiceCode, request.Lat, request.Long, request.Email, request.Description));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("kozy", true)]
    [InlineData("KOZY", true)]
    [InlineData("kozy.example.pl", true)]
    [InlineData("https://www.kozy.example.pl/", true)]
    [InlineData("siedlec", false)]
    [InlineData("kozy.example.pl.evil.test", false)]
    public void Jurisdiction_when_given_names_this_gmina(string? value, bool matches)
    {
        var tenant = new TenantInfo(Guid.NewGuid(), "kozy", "Kozy", "Urząd Gminy Kozy", "Kozy", true, new HashSet<string>(), ["kozy.example.pl"], new TenantProfile());
        Assert.Equal(matches, Jurisdiction.Matches(tenant, value));
    }

    private static Open311Error Single(IQueryCollection query) => Assert.Single(RequestQueryParser.Parse(query, Now).Errors);

    private static QueryCollection Query(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => new StringValues(v.Value)));

    private static FormCollection Form(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => new StringValues(v.Value)));
}
