using Mentorship.ServiceDefaults.Backend.Jobs;
using Microsoft.Extensions.Options;

namespace Mentorship.Enrollment.Retention;

/// <summary>
/// Every Retention:Interval, applies the retention rule (<see cref="RetentionSweep"/>). Every replica
/// runs it; a person two replicas find together is erased once (one erasure per person, unique index).
/// </summary>
public sealed partial class RetentionWorker(
    IServiceScopeFactory scopes,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionWorker> logger) : ClockedWorker(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var progress = new Progress<int>(requested => LogProgress(Logger, requested));
        var requested = await services.GetRequiredService<RetentionSweep>().RunAsync(progress, cancellationToken);
        LogDone(Logger, requested);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retention: {Requested} erasures requested so far in this run")]
    private static partial void LogProgress(ILogger logger, int requested);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Requested} people erased (erasure requested) whose every participation ended beyond their programmes' retention")]
    private static partial void LogDone(ILogger logger, int requested);
}
