using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace Mentorship.Matching.Jobs;

/// <summary>
/// Plans queued rounds one at a time per replica. Claims use FOR UPDATE SKIP LOCKED, so replicas never
/// plan the same round; a round whose worker stopped sending heartbeats goes back to the queue.
/// </summary>
public sealed partial class RoundWorker(
    IServiceScopeFactory scopes,
    RoundSignal signal,
    IOptions<RoundJobOptions> options,
    TimeProvider clock,
    ILogger<RoundWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Guid? roundId;
                // Polled every two seconds: untraced, so the dashboard shows rounds, not empty polls.
                using (SuppressInstrumentationScope.Begin())
                {
                    await RequeueAbandonedAsync(stoppingToken);
                    roundId = await ClaimAsync(stoppingToken);
                }

                if (roundId is not null)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<RoundRun>().ExecuteAsync(roundId.Value, stoppingToken);
                    continue;
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogWorkerFailed(exception);
                await Task.Delay(PauseAfterFailure, clock, stoppingToken);
            }
        }
    }

    private async Task<Guid?> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var claimed = await db.ClaimOneAsync<MatchingRound>(
            $"""
            SELECT *, xmin FROM rounds
            WHERE status = 'Queued'
            ORDER BY requested_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """,
            round => round.Start(clock.GetUtcNow()),
            cancellationToken);
        return claimed?.Id;
    }

    private async Task RequeueAbandonedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var silentSince = clock.GetUtcNow() - MatchingRound.AbandonedAfter;
        var requeued = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().Rounds
            .Where(r => r.Status == RoundStatus.Running && r.HeartbeatAt < silentSince)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, RoundStatus.Queued), cancellationToken);
        if (requeued > 0)
            LogRequeued(requeued);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} round(s) whose worker stopped reporting went back to the queue")]
    private partial void LogRequeued(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The round worker failed; it resumes after a pause")]
    private partial void LogWorkerFailed(Exception exception);
}
