namespace Mentorship.Messaging.Mail;

/// <summary>Looks every minute whether the day's digest is due; every replica looks, one runs it.</summary>
public sealed partial class DigestScheduler(DailyDigest digest, ILogger<DigestScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await digest.RunIfDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(exception);
            }

            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The daily digest failed; trying again in a minute")]
    private partial void LogFailed(Exception exception);
}
