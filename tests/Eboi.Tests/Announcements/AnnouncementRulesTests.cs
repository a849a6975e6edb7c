using Eboi.Announcements.Domain;
using F = Eboi.Announcements.Domain.AnnouncementRules.Fields;

namespace Eboi.Tests.Announcements;

public sealed class AnnouncementRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static IReadOnlyList<string> FieldsInError(string? title = "Przerwa w dostawie wody", string? body = "W poniedziałek od 8:00 do 12:00.",
        string? from = "2026-11-30", string? until = "2026-12-01", bool isNew = true) =>
        AnnouncementRules.Check(title, body, from, until, Today, isNew).Errors.Select(e => e.Field).ToList();

    [Fact]
    public void A_complete_announcement_passes_and_is_trimmed()
    {
        var c = AnnouncementRules.Check("  Tytuł ", " Treść\n", "2026-11-30", "", Today, isNew: true);
        Assert.Empty(c.Errors);
        Assert.Equal(("Tytuł", "Treść", new DateOnly(2026, 11, 30), (DateOnly?)null), (c.Title, c.Body, c.VisibleFrom, c.VisibleUntil));
    }

    [Fact]
    public void Missing_title_body_and_start_are_each_reported_on_their_field() =>
        Assert.Equal([F.Title, F.Body, F.VisibleFrom], FieldsInError(title: " ", body: null, from: ""));

    [Fact]
    public void Lengths_are_limited() =>
        Assert.Equal([F.Title, F.Body], FieldsInError(title: new string('a', AnnouncementRules.TitleMax + 1), body: new string('b', AnnouncementRules.BodyMax + 1)));

    [Theory]
    [InlineData("2026-12-01", 2026, 12, 1)]
    [InlineData("1.12.2026", 2026, 12, 1)]
    [InlineData("01.12.2026", 2026, 12, 1)]
    public void Dates_are_read_as_a_date_field_sends_them_or_as_people_type_them(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), AnnouncementRules.ParseDate(text));

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("jutro")]
    [InlineData("12/01/2026")]
    public void A_date_that_is_not_a_date_is_an_error_on_its_field(string text)
    {
        Assert.Equal([F.VisibleFrom], FieldsInError(from: text, until: null));
        Assert.Equal([F.VisibleUntil], FieldsInError(until: text));
    }

    [Fact]
    public void The_end_may_not_precede_the_start_nor_be_past()
    {
        Assert.Equal([F.VisibleUntil], FieldsInError(from: "2026-12-05", until: "2026-12-04"));
        Assert.Equal([F.VisibleUntil], FieldsInError(from: "2026-11-20", until: "2026-11-27", isNew: false));
        Assert.Empty(FieldsInError(from: "2026-11-28", until: "2026-11-28"));
    }

    [Fact]
    public void A_new_announcement_may_not_start_more_than_a_month_ago_but_an_old_one_keeps_its_start()
    {
        Assert.Equal([F.VisibleFrom], FieldsInError(from: "2026-10-27", until: null));
        Assert.Empty(FieldsInError(from: "2026-10-28", until: null));
        Assert.Empty(FieldsInError(from: "2025-01-01", until: null, isNew: false));
    }

    [Fact]
    public void Visibility_includes_both_ends()
    {
        var a = new Announcement { VisibleFrom = new(2026, 12, 1), VisibleUntil = new(2026, 12, 3) };
        Assert.Equal([false, true, true, false], new[] { 30, 1, 3, 4 }.Select(d => a.IsVisibleOn(d == 30 ? new(2026, 11, 30) : new(2026, 12, d))).ToArray());
        Assert.True(new Announcement { VisibleFrom = Today }.IsVisibleOn(Today.AddYears(5)));
    }
}
