namespace Mentorship.Messaging.Domain.Concerns;

public enum ConcernStatus
{
    Open,
    Acknowledged,
}
