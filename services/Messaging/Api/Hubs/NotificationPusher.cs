using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry;

namespace Mentorship.Messaging.Hubs;

/// <summary>
/// Sends notifications created by consumers to their recipients' connections. Consumers run inside a
/// transaction that may still roll back, so they only store; this poller sends what is committed and
/// marks it pushed. Replicas share the work with FOR UPDATE SKIP LOCKED, as the outbox does.
/// </summary>
public sealed partial class NotificationPusher(
    IServiceScopeFactory scopes,
    RealtimeDelivery delivery,
    TimeProvider clock,
    ILogger<NotificationPusher> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pushed = 0;
            try
            {
                pushed = await PushBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogBatchFailed(exception);
            }

            if (pushed < BatchSize)
                await Task.Delay(PollInterval, clock, stoppingToken);
        }
    }

    private async Task<int> PushBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        List<Notification> batch;
        // Polled every second: untraced, so the dashboard shows the pushes, not the empty polls.
        using (SuppressInstrumentationScope.Begin())
        {
            batch = await db.Notifications
                .FromSqlInterpolated($"""
                    SELECT * FROM notifications
                    WHERE pushed_at IS NULL
                    ORDER BY created_at
                    LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
        }
        if (batch.Count == 0)
            return 0;

        var recipients = batch.Select(n => n.RecipientId).Distinct().ToList();
        var languages = await db.LanguagePreferences.AsNoTracking()
            .Where(p => recipients.Contains(p.PersonId))
            .ToDictionaryAsync(p => p.PersonId, p => (NotificationLanguage?)p.Language, cancellationToken);

        var now = clock.GetUtcNow();
        foreach (var notification in batch)
        {
            if (notification.StaffProgrammeId is { } programmeId)
                await delivery.StaffNotificationAsync(programmeId, NotificationView.From(notification, NotificationLanguage.Fr, null));
            else if (notification.ReadAt is null)
            {
                var language = LanguageCodes.Choose(languages.GetValueOrDefault(notification.RecipientId), []);
                await delivery.NotificationAsync(notification.RecipientId, NotificationView.From(notification, language));
            }

            notification.PushedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The badge follows: each person told of something new gets their unread count.
        var people = batch.Where(n => n.StaffProgrammeId is null).Select(n => n.RecipientId).Distinct().ToList();
        foreach (var (personId, unread) in await db.UnreadNotificationCountsAsync(people, cancellationToken))
            await delivery.UnreadNotificationsAsync(personId, unread);
        return batch.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing notifications failed; trying again shortly")]
    private partial void LogBatchFailed(Exception exception);
}
