using System.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Mentorship.EndToEnd.Tests.Browser;

/// <summary>
/// What a browser test found on its way, page by page: each page's time until interactive and its serious
/// or critical axe-core violations. The violations are asserted at the end, so one run reports them all.
/// </summary>
public sealed class PageReport(ITestOutputHelper output)
{
    private readonly List<string> _violations = [];
    private readonly List<(string Page, TimeSpan Time)> _timings = [];

    public void Timed(string page, TimeSpan time) => _timings.Add((page, time));

    /// <summary>Checks the page as it is now with axe-core and keeps what it found under <paramref name="page"/>.</summary>
    public async Task CheckAsync(WebPerson person, string page)
    {
        var clock = Stopwatch.StartNew();
        foreach (var violation in await person.AccessibilityViolationsAsync())
            _violations.Add($"{page}: {violation}");
        output.WriteLine($"axe: {page} checked in {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>Prints every timing, then fails on any violation found along the way.</summary>
    public void WriteTimingsAndAssertAccessible()
    {
        foreach (var (page, time) in _timings)
            output.WriteLine($"{page,-30} {time.TotalMilliseconds,7:0} ms until interactive");
        Assert.True(_violations.Count == 0, "Serious or critical accessibility violations:\n" + string.Join("\n", _violations));
    }
}
