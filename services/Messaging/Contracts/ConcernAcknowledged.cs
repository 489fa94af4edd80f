namespace Mentorship.Messaging.Contracts;

/// <summary>A referent or coordinator acknowledged a concern: the "concern unanswered" alert stops.</summary>
public sealed record ConcernAcknowledged(Guid ConcernId, Guid ProgrammeId, Guid? PairId, DateTimeOffset AcknowledgedAt);
