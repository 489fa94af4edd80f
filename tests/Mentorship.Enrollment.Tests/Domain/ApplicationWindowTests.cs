using Mentorship.Enrollment.Domain;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.Enrollment.Tests.Domain;

public sealed class ApplicationWindowTests
{
    private static readonly ApplicationWindow Autumn = new(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 15));

    [Theory]
    [InlineData("2026-08-31", false)]
    [InlineData("2026-09-01", true)]
    [InlineData("2026-10-15", true)]
    [InlineData("2026-10-16", false)]
    public void Both_ends_of_the_window_are_included(string day, bool open) =>
        Assert.Equal(open, Autumn.Includes(DateOnly.Parse(day)));

    [Fact]
    public void An_end_left_out_is_open()
    {
        Assert.True(new ApplicationWindow(null, new DateOnly(2026, 10, 15)).Includes(new DateOnly(2000, 1, 1)));
        Assert.True(new ApplicationWindow(new DateOnly(2026, 9, 1), null).Includes(new DateOnly(2100, 1, 1)));
        Assert.True(ApplicationWindow.Always.Includes(new DateOnly(2026, 12, 1)));
    }

    [Theory]
    [InlineData("2026-10-15T21:30:00Z", "2026-10-15")] // 23:30 in Brussels (summer time): still the last day
    [InlineData("2026-10-15T22:30:00Z", "2026-10-16")] // 00:30 in Brussels: the window has closed though UTC says the 15th
    [InlineData("2026-12-01T23:30:00Z", "2026-12-02")] // winter time, one hour ahead
    public void Today_is_the_day_in_Brussels_not_in_UTC(string utc, string brussels) =>
        Assert.Equal(DateOnly.Parse(brussels), ProgrammeCalendar.Today(new FakeTimeProvider(DateTimeOffset.Parse(utc))));
}
