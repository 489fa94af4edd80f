namespace Mentorship.Messaging.Contracts;

/// <summary>The states a concern moves through, as <see cref="ConcernStatusChanged"/> carries them.</summary>
public static class ConcernStatuses
{
    public const string Open = "open";
    public const string Acknowledged = "acknowledged";
    public const string InProgress = "in-progress";
    public const string Resolved = "resolved";
    public const string Escalated = "escalated";
}
