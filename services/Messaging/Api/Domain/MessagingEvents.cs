using Mentorship.Messaging.Contracts;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Domain.Threads;

namespace Mentorship.Messaging.Domain;

/// <summary>The events Messaging publishes: ids and times, never what was written.</summary>
public static class MessagingEvents
{
    public static MessagePosted Posted(ThreadMessage message) =>
        new(message.PairId, message.Id, message.SenderId, message.PostedAt);

    public static ConcernRaised Raised(Concern concern) =>
        new(concern.Id, concern.ProgrammeId, concern.PairId, concern.RaisedAt);

    public static ConcernAcknowledged Acknowledged(Concern concern) =>
        new(concern.Id, concern.ProgrammeId, concern.PairId, concern.AcknowledgedAt!.Value);

    public static ConcernStatusChanged StatusChanged(Concern concern, ConcernStep step) =>
        new(concern.Id, concern.ProgrammeId, concern.PairId, StatusName(step.To), step.Tier, step.At);

    private static string StatusName(ConcernStatus status) => status switch
    {
        ConcernStatus.Open => ConcernStatuses.Open,
        ConcernStatus.Acknowledged => ConcernStatuses.Acknowledged,
        ConcernStatus.InProgress => ConcernStatuses.InProgress,
        ConcernStatus.Resolved => ConcernStatuses.Resolved,
        _ => ConcernStatuses.Escalated,
    };
}
