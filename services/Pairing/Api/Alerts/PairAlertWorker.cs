using Microsoft.Extensions.Options;

namespace Mentorship.Pairing.Alerts;

/// <summary>Every Alerts:Interval, asks the scheduler to run; on every replica, one of them evaluates.</summary>
public sealed partial class PairAlertWorker(
    IServiceScopeFactory scopes,
    IOptions<AlertsOptions> options,
    TimeProvider clock,
    ILogger<PairAlertWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<PairAlertScheduler>().RunAsync(onlyIfDue: true, stoppingToken);
            if (run is not null)
                LogRun(run.Raised, run.Escalated, run.Closed, run.Elapsed.TotalMilliseconds);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The next tick tries again; the failed run rolled back whole.
            LogFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pair alerts evaluated: {Raised} raised, {Escalated} escalated, {Closed} closed in {ElapsedMs:F0} ms")]
    private partial void LogRun(int raised, int escalated, int closed, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pair alerts evaluation failed")]
    private partial void LogFailed(Exception exception);
}
