using System.Diagnostics;
using Mentorship.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Trace;

namespace Mentorship.ServiceDefaults.Tests.Telemetry;

public sealed class TracesPerSecondSamplerTests
{
    private static readonly SamplingParameters NewTrace =
        new(default, ActivityTraceId.CreateRandom(), "GET /api/programmes", ActivityKind.Server);

    [Fact]
    public void New_traces_beyond_the_limit_of_a_second_are_dropped_and_the_next_second_records_again()
    {
        var clock = new FakeTimeProvider();
        var sampler = new TracesPerSecondSampler(3, clock);

        var first = Decisions(sampler, 5);
        clock.Advance(TimeSpan.FromSeconds(1));
        var next = Decisions(sampler, 2);

        Assert.Equal([true, true, true, false, false], first);
        Assert.Equal([true, true], next);
    }

    [Theory]
    [InlineData(ActivityTraceFlags.Recorded, SamplingDecision.RecordAndSample)]
    [InlineData(ActivityTraceFlags.None, SamplingDecision.Drop)]
    public void A_trace_continued_from_a_caller_follows_the_callers_decision_whatever_the_budget(ActivityTraceFlags callerFlags, SamplingDecision expected)
    {
        var sampler = Configured(tracesPerSecond: 1);
        sampler.ShouldSample(NewTrace);
        var caller = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), callerFlags, isRemote: true);

        var decision = sampler.ShouldSample(new SamplingParameters(caller, caller.TraceId, "GET /api/applications", ActivityKind.Server)).Decision;

        Assert.Equal(expected, decision);
    }

    [Fact]
    public void Zero_records_every_new_trace()
    {
        var sampler = Configured(tracesPerSecond: 0);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(SamplingDecision.RecordAndSample, sampler.ShouldSample(NewTrace).Decision));
    }

    private static Sampler Configured(int tracesPerSecond)
    {
        var services = new ServiceCollection()
            .AddSingleton(Options.Create(new TelemetryOptions { TracesPerSecond = tracesPerSecond }))
            .BuildServiceProvider();
        return TelemetryExtensions.TracesPerSecond(services);
    }

    private static bool[] Decisions(Sampler sampler, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => sampler.ShouldSample(NewTrace).Decision == SamplingDecision.RecordAndSample)];
}
