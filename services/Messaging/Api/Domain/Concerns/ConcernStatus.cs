namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>open → acknowledged → in-progress → resolved; open, acknowledged or in progress → escalated (to the next tier) → acknowledged …</summary>
public enum ConcernStatus
{
    Open,
    Acknowledged,
    InProgress,
    Resolved,
    Escalated,
}
