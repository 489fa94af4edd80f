using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Hubs;

/// <summary>
/// Real-time delivery at /hubs/messaging. On connecting, a person joins their own group (notifications)
/// and the groups of the threads they may read (new messages); JoinPair adds a thread opened later.
/// A coordinator also joins the staff group of each programme they coordinate. The server only sends:
/// "message" (a MessageView), "notification" (a NotificationView) and "unread-notifications" (the
/// person's unread count, after a new notification or a read).
/// </summary>
[Authorize]
public sealed class MessagingHub(MessagingDbContext db) : Hub
{
    public const string Path = "/hubs/messaging";
    public const string MessageEvent = "message";
    public const string NotificationEvent = "notification";
    public const string UnreadNotificationsEvent = "unread-notifications";

    public override async Task OnConnectedAsync()
    {
        var user = CurrentUser.From(Context.User!);
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Person(user.PersonId), Context.ConnectionAborted);
        foreach (var programmeId in user.ProgrammesWhere(PlatformRoles.Coordinator))
            await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.ProgrammeStaff(programmeId), Context.ConnectionAborted);
        var threads = await db.Threads.AsNoTracking()
            .Where(t => t.Members.Any(m => m.PersonId == user.PersonId))
            .ToListAsync(Context.ConnectionAborted);
        foreach (var thread in threads.Where(t => ThreadAccess.RefusalFor(t, user) is null))
            await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Pair(thread.PairId), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public async Task JoinPair(Guid pairId)
    {
        var user = CurrentUser.From(Context.User!);
        var thread = await db.Threads.AsNoTracking().FirstOrDefaultAsync(t => t.PairId == pairId, Context.ConnectionAborted)
            ?? throw new HubException($"No pair thread has id {pairId}.");
        if (ThreadAccess.RefusalFor(thread, user) is { } refusal)
            throw new HubException(refusal);
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Pair(pairId), Context.ConnectionAborted);
    }
}
