using Microsoft.Extensions.Options;

namespace Mentorship.Messaging.Concerns;

/// <summary>Every Concerns:Interval (on the injected clock), escalates what is overdue; on every replica, rows claimed once.</summary>
public sealed partial class ConcernEscalationWorker(
    IServiceScopeFactory scopes,
    IOptions<ConcernEscalationOptions> options,
    TimeProvider clock,
    ILogger<ConcernEscalationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var escalated = await scope.ServiceProvider.GetRequiredService<ConcernEscalator>().RunAsync(stoppingToken);
                if (escalated > 0)
                    LogEscalated(escalated);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The failed batch rolled back whole; the next tick tries again.
                LogFailed(exception);
            }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "{Escalated} concerns escalated for want of an acknowledgement")]
    private partial void LogEscalated(int escalated);

    [LoggerMessage(Level = LogLevel.Error, Message = "Concern escalation failed")]
    private partial void LogFailed(Exception exception);
}
