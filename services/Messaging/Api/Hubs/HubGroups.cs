namespace Mentorship.Messaging.Hubs;

/// <summary>
/// SignalR groups: one per pair (its thread's readers), one per person (their notifications) and one per
/// programme's coordinators (the notifications to its staff).
/// </summary>
public static class HubGroups
{
    public static string Pair(Guid pairId) => $"pair:{pairId}";

    public static string Person(Guid personId) => $"person:{personId}";

    public static string ProgrammeStaff(Guid programmeId) => $"programme-staff:{programmeId}";
}
