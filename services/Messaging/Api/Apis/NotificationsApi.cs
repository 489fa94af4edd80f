using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Hubs;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Apis;

public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/me/notifications").WithTags("Notifications");
        notifications.MapGet("", ListNotifications);
        notifications.MapPost("/{notificationId:guid}/read", MarkRead);
        notifications.MapPost("/read-all", MarkAllRead);
        return app;
    }

    /// <summary>
    /// The caller's notifications, newest first, written in their language: their own and, for a
    /// coordinator, those addressed to the staff of their programmes, each with the caller's own read state.
    /// </summary>
    public static async Task<Ok<NotificationPage>> ListNotifications(
        [FromQuery] string? unread,
        [AsParameters] PageQuery page,
        CurrentUser user,
        MessagingDbContext db,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var mine = VisibleTo(db, user);
        var query = ParseFlag(unread, "unread") switch
        {
            true => mine.Where(n => n.ReadAt == null),
            false => mine.Where(n => n.ReadAt != null),
            null => mine,
        };

        var result = await query.OrderByDescending(n => n.Notification.CreatedAt).ThenByDescending(n => n.Notification.Id)
            .ToPageAsync(page, cancellationToken);
        var unreadCount = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var language = await LanguageOfAsync(db, user.PersonId, request, cancellationToken);
        return TypedResults.Ok(new NotificationPage(
            result.Items.Select(n => NotificationView.From(n.Notification, language, n.ReadAt)).ToList(),
            result.Page, result.PageSize, result.Total, unreadCount));
    }

    public static async Task<Results<Ok<NotificationView>, ProblemHttpResult>> MarkRead(
        Guid notificationId,
        CurrentUser user,
        MessagingDbContext db,
        HttpRequest request,
        TimeProvider clock,
        RealtimeDelivery delivery,
        CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        if (notification is null)
            return ApiProblems.NotFound("notification", notificationId);

        var now = clock.GetUtcNow();
        DateTimeOffset? readAt;
        if (notification.StaffProgrammeId is { } programmeId)
        {
            if (!StaffProgrammesOf(user).Contains(programmeId))
                return ApiProblems.Forbidden(MessagingTexts.All.InUiLanguage("problem.notification.staff-read-by-coordinators"));
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO notification_reads (notification_id, person_id, read_at) VALUES ({notification.Id}, {user.PersonId}, {now}) ON CONFLICT DO NOTHING",
                cancellationToken);
            readAt = await db.NotificationReads.Where(r => r.NotificationId == notification.Id && r.PersonId == user.PersonId)
                .Select(r => r.ReadAt).FirstAsync(cancellationToken);
        }
        else
        {
            if (notification.RecipientId != user.PersonId)
                return ApiProblems.Forbidden(MessagingTexts.All.InUiLanguage("problem.notification.recipient-only"));
            if (notification.MarkRead(now))
            {
                await db.SaveChangesAsync(cancellationToken);
                await PushUnreadAsync(db, delivery, user.PersonId, cancellationToken);
            }

            readAt = notification.ReadAt;
        }

        var language = await LanguageOfAsync(db, user.PersonId, request, cancellationToken);
        return TypedResults.Ok(NotificationView.From(notification, language, readAt));
    }

    public static async Task<Ok<NotificationsMarkedRead>> MarkAllRead(
        CurrentUser user,
        MessagingDbContext db,
        TimeProvider clock,
        RealtimeDelivery delivery,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var marked = await db.Notifications
            .Where(n => n.StaffProgrammeId == null && n.RecipientId == user.PersonId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        var programmes = StaffProgrammesOf(user).ToArray();
        if (programmes.Length > 0)
            marked += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO notification_reads (notification_id, person_id, read_at)
                SELECT id, {user.PersonId}, {now} FROM notifications WHERE staff_programme_id = ANY({programmes})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
        await PushUnreadAsync(db, delivery, user.PersonId, cancellationToken);
        return TypedResults.Ok(new NotificationsMarkedRead(marked));
    }

    /// <summary>The person's other open tabs and devices update their badge.</summary>
    private static async Task PushUnreadAsync(MessagingDbContext db, RealtimeDelivery delivery, Guid personId, CancellationToken cancellationToken)
    {
        var counts = await db.UnreadNotificationCountsAsync([personId], cancellationToken);
        await delivery.UnreadNotificationsAsync(personId, counts[personId]);
    }

    /// <summary>The programmes whose staff notifications the caller reads: those they coordinate.</summary>
    private static IReadOnlySet<Guid> StaffProgrammesOf(CurrentUser user) =>
        user.ProgrammesWhere(PlatformRoles.Coordinator);

    private static IQueryable<NotificationRow> VisibleTo(MessagingDbContext db, CurrentUser user)
    {
        var me = user.PersonId;
        var programmes = StaffProgrammesOf(user).ToList();
        return db.Notifications.AsNoTracking()
            .Where(n => (n.StaffProgrammeId == null && n.RecipientId == me)
                        || (n.StaffProgrammeId != null && programmes.Contains(n.StaffProgrammeId.Value)))
            .Select(n => new NotificationRow
            {
                Notification = n,
                ReadAt = n.StaffProgrammeId == null
                    ? n.ReadAt
                    : db.NotificationReads.Where(r => r.NotificationId == n.Id && r.PersonId == me).Select(r => (DateTimeOffset?)r.ReadAt).FirstOrDefault(),
            });
    }

    private static bool? ParseFlag(string? value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return bool.TryParse(value, out var flag)
            ? flag
            : throw new RequestValidationException(parameter, $"{parameter} must be true or false.");
    }

    private static async Task<NotificationLanguage> LanguageOfAsync(
        MessagingDbContext db, Guid personId, HttpRequest request, CancellationToken cancellationToken)
    {
        var preference = await db.LanguagePreferences.AsNoTracking()
            .Where(p => p.PersonId == personId)
            .Select(p => (NotificationLanguage?)p.Language)
            .FirstOrDefaultAsync(cancellationToken);
        return LanguageCodes.Choose(preference, RequestLanguages.Of(request));
    }
}
