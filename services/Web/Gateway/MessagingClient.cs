using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Gateway;

/// <summary>Messaging's routes for a participant: the pair's thread, the unread counts and the notifications.</summary>
public sealed class MessagingClient(GatewayClient gateway)
{
    /// <summary>A page of the thread, newest first; reading it marks it read.</summary>
    public Task<ApiResult<MessagePage>> MessagesAsync(Guid pairId, int page, int pageSize) =>
        gateway.GetAsync<MessagePage>($"/api/pairs/{pairId}/messages?page={page}&pageSize={pageSize}");

    public Task<ApiResult<Message>> PostMessageAsync(Guid pairId, string text) =>
        gateway.PostAsync<Message>($"/api/pairs/{pairId}/messages", new { text });

    public Task<ApiResult<UnreadMessages>> UnreadMessagesAsync() =>
        gateway.GetAsync<UnreadMessages>("/api/me/unread");

    public Task<ApiResult<NotificationPage>> NotificationsAsync(int page, int pageSize) =>
        gateway.GetAsync<NotificationPage>($"/api/me/notifications?page={page}&pageSize={pageSize}");

    public Task<ApiResult<Notification>> MarkReadAsync(Guid notificationId) =>
        gateway.PostAsync<Notification>($"/api/me/notifications/{notificationId}/read", new { });

    public Task<ApiResult<MarkedRead>> MarkAllReadAsync() =>
        gateway.PostAsync<MarkedRead>("/api/me/notifications/read-all", new { });
}
