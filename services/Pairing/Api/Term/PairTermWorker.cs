using Mentorship.Pairing.Extensions;
using Mentorship.ServiceDefaults.Backend.Jobs;
using Microsoft.Extensions.Options;

namespace Mentorship.Pairing.Term;

/// <summary>Every Pairing:TermCheckInterval, closes the pairs past their term and grace; every replica runs it.</summary>
public sealed partial class PairTermWorker(
    IServiceScopeFactory scopes,
    IOptions<PairingOptions> options,
    TimeProvider clock,
    ILogger<PairTermWorker> logger) : ClockedWorker(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.TermClosingEnabled;

    protected override TimeSpan Interval => options.Value.TermCheckInterval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var closed = await services.GetRequiredService<PairTermCloser>().RunAsync(cancellationToken);
        if (closed > 0)
            LogClosed(Logger, closed, options.Value.TermGraceDays);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pairs past their term closed as term-reached: {Closed} (grace {GraceDays} days)")]
    private static partial void LogClosed(ILogger logger, int closed, int graceDays);
}
