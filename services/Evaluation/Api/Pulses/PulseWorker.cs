using Mentorship.ServiceDefaults.Backend.Jobs;
using Microsoft.Extensions.Options;

namespace Mentorship.Evaluation.Pulses;

/// <summary>
/// Every Pulses:Interval, sends the pulses that fell due. Every replica runs it; each pulse is sent once
/// (a run that lost the race to another replica rolls back and finds the pulse sent next time).
/// </summary>
public sealed partial class PulseWorker(
    IServiceScopeFactory scopes,
    IOptions<PulseOptions> options,
    TimeProvider clock,
    ILogger<PulseWorker> logger) : ClockedWorker(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var pairs = await services.GetRequiredService<PulseScheduler>().RunAsync(cancellationToken);
        if (pairs > 0)
            LogSent(Logger, pairs);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pulse check-ins sent to {Pairs} pairs")]
    private static partial void LogSent(ILogger logger, int pairs);
}
