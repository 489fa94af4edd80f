using Mentorship.Messaging.Apis.Models;
using Microsoft.AspNetCore.SignalR;

namespace Mentorship.Messaging.Hubs;

/// <summary>
/// Sends to open connections once the database has committed. Delivery is a convenience on top of
/// what is stored, so a failure is logged and never fails the request that caused it.
/// </summary>
public sealed partial class RealtimeDelivery(IHubContext<MessagingHub> hub, ILogger<RealtimeDelivery> logger)
{
    public Task MessageAsync(MessageView message) =>
        SendAsync(HubGroups.Pair(message.PairId), MessagingHub.MessageEvent, message);

    public Task NotificationAsync(Guid recipientId, NotificationView notification) =>
        SendAsync(HubGroups.Person(recipientId), MessagingHub.NotificationEvent, notification);

    public Task StaffNotificationAsync(Guid programmeId, NotificationView notification) =>
        SendAsync(HubGroups.ProgrammeStaff(programmeId), MessagingHub.NotificationEvent, notification);

    public Task UnreadNotificationsAsync(Guid personId, int unread) =>
        SendAsync(HubGroups.Person(personId), MessagingHub.UnreadNotificationsEvent, new UnreadNotificationsView(unread));

    private async Task SendAsync(string group, string method, object payload)
    {
        try
        {
            await hub.Clients.Group(group).SendAsync(method, payload);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception, method, group);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Real-time {Method} to {Group} failed; the client sees it on its next read")]
    private partial void LogFailed(Exception exception, string method, string group);
}
