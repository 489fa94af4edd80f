using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain.Imports;
using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry;

namespace Mentorship.Enrollment.Imports;

/// <summary>
/// Runs queued imports one at a time per replica. Claims use FOR UPDATE SKIP LOCKED, so replicas never
/// run the same import; a running import whose worker stopped reporting is claimed again and resumes
/// after its last committed batch.
/// </summary>
public sealed partial class ImportWorker(
    IServiceScopeFactory scopes,
    ImportSignal signal,
    TimeProvider clock,
    ILogger<ImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Guid? importId = null;
            try
            {
                // Polled every two seconds: untraced, so the dashboard shows imports, not empty polls.
                using (SuppressInstrumentationScope.Begin())
                    importId = await ClaimAsync(stoppingToken);

                if (importId is { } claimed)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<ImportRun>().ExecuteAsync(claimed, stoppingToken);
                    continue;
                }

                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogImportFailed(exception, importId);
                if (importId is { } failed)
                    await TryMarkFailedAsync(failed, stoppingToken);
                await Task.Delay(PauseAfterFailure, clock, stoppingToken);
            }
        }
    }

    private async Task<Guid?> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        var silentSince = clock.GetUtcNow() - ApplicationImport.AbandonedAfter;
        var claimed = await db.ClaimOneAsync<ApplicationImport>(
            $"""
            SELECT * FROM application_imports
            WHERE status = 'Queued' OR (status = 'Running' AND heartbeat_at < {silentSince})
            ORDER BY requested_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """,
            import => import.Start(clock.GetUtcNow()),
            cancellationToken);
        return claimed?.Id;
    }

    /// <summary>What was committed stays (whole batches); the rest is reported as not imported.</summary>
    private async Task TryMarkFailedAsync(Guid importId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
            var import = await db.Set<ApplicationImport>().SingleAsync(i => i.Id == importId, cancellationToken);
            import.Fail($"The import stopped on an unexpected error after {import.Processed} of {import.Total} rows; those rows are written, the others are not.", clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database is unreachable too: the import is claimed again once its heartbeat is old.
            LogImportFailed(exception, importId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} failed")]
    private partial void LogImportFailed(Exception exception, Guid? importId);
}
