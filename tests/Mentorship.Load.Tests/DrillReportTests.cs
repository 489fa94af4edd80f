using Mentorship.Load.Running;

namespace Mentorship.Load.Tests;

public sealed class DrillReportTests
{
    [Fact]
    public void Exact_counts_and_errors_the_fault_explains_pass()
    {
        var report = new DrillReport("database-restart", ErrorKinds.IsOutage)
            .Count(DrillCount.Of("applications", 10, 10, 10))
            .AddErrors(new Dictionary<string, int> { ["HTTP 503"] = 4, [ErrorKinds.ConnectionRefused] = 2 });

        Assert.True(report.Passed);
        Assert.Contains(report.Lines(), line => line.Contains("PASSED", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lost_item_fails_the_drill_and_the_verdict_says_how_many()
    {
        var report = new DrillReport("consumer-kill", _ => false).Count(DrillCount.Of("pairs", 2000, 1999, 1999));

        Assert.False(report.Passed);
        Assert.Contains("FAILED (1 lost, 0 doubled)", report.Lines().Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_the_fault_does_not_explain_fails_the_drill_even_with_exact_counts()
    {
        var report = new DrillReport("database-restart", ErrorKinds.IsOutage)
            .Count(DrillCount.Of("applications", 10, 10, 10))
            .AddErrors(new Dictionary<string, int> { ["HTTP 409"] = 1, ["HTTP 500"] = 3 });

        Assert.False(report.Passed);
        Assert.Equal(["HTTP 409"], report.RefusedErrors);
        Assert.Contains(report.Lines(), line => line.Contains("HTTP 409 x 1 (NOT explained by the fault)", StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_of_one_kind_from_two_sources_add_up()
    {
        var report = new DrillReport("broker-restart", kind => kind == ErrorKinds.Timeout)
            .AddErrors(new Dictionary<string, int> { [ErrorKinds.Timeout] = 2 })
            .AddErrors(new Dictionary<string, int> { [ErrorKinds.Timeout] = 3 });

        Assert.Equal(5, report.Errors[ErrorKinds.Timeout]);
        Assert.True(report.Passed);
    }

    [Fact]
    public void A_fault_that_hit_no_work_in_flight_fails_the_drill_with_its_reason()
    {
        var report = new DrillReport("consumer-kill", _ => false)
            .Count(DrillCount.Of("pairs", 200, 200, 200))
            .Fail("pairing had applied everything before it was killed");

        Assert.False(report.Passed);
        Assert.Contains("pairing had applied everything", report.Lines().Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_moment_never_reached_is_printed_as_such()
    {
        var report = new DrillReport("broker-restart", _ => true)
            .Time("from RabbitMQ back to every approval in Matching's pool", null)
            .Time("from RabbitMQ back to the first request answered", TimeSpan.FromSeconds(1.24));

        var lines = report.Lines().ToList();
        Assert.Contains("  from RabbitMQ back to every approval in Matching's pool: not reached", lines);
        Assert.Contains("  from RabbitMQ back to the first request answered: 1.2 s", lines);
    }
}
