using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
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

    /// <summary>The caller's notifications, newest first, written in their language.</summary>
    public static async Task<Ok<NotificationPage>> ListNotifications(
        [FromQuery] string? unread,
        [AsParameters] PageQuery page,
        CurrentUser user,
        MessagingDbContext db,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == user.PersonId);
        var query = ParseFlag(unread, "unread") switch
        {
            true => mine.Where(n => n.ReadAt == null),
            false => mine.Where(n => n.ReadAt != null),
            null => mine,
        };

        var result = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).ToPageAsync(page, cancellationToken);
        var unreadCount = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var language = await LanguageOfAsync(db, user.PersonId, request, cancellationToken);
        return TypedResults.Ok(new NotificationPage(
            result.Items.Select(n => NotificationView.From(n, language)).ToList(),
            result.Page, result.PageSize, result.Total, unreadCount));
    }

    public static async Task<Results<Ok<NotificationView>, ProblemHttpResult>> MarkRead(
        Guid notificationId,
        CurrentUser user,
        MessagingDbContext db,
        HttpRequest request,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        if (notification is null)
            return ApiProblems.NotFound("notification", notificationId);
        if (notification.RecipientId != user.PersonId)
            return ApiProblems.Forbidden("A notification is read and marked by its recipient only.");

        if (notification.MarkRead(clock.GetUtcNow()))
            await db.SaveChangesAsync(cancellationToken);
        var language = await LanguageOfAsync(db, user.PersonId, request, cancellationToken);
        return TypedResults.Ok(NotificationView.From(notification, language));
    }

    public static async Task<Ok<NotificationsMarkedRead>> MarkAllRead(
        CurrentUser user,
        MessagingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var marked = await db.Notifications
            .Where(n => n.RecipientId == user.PersonId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return TypedResults.Ok(new NotificationsMarkedRead(marked));
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
