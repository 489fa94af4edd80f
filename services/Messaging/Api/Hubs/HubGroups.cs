namespace Mentorship.Messaging.Hubs;

/// <summary>SignalR groups: one per pair (its thread's readers) and one per person (their notifications).</summary>
public static class HubGroups
{
    public static string Pair(Guid pairId) => $"pair:{pairId}";

    public static string Person(Guid personId) => $"person:{personId}";
}
