namespace Mentorship.Messaging.Contracts;

/// <summary>
/// A concern moved on: acknowledged, in progress, resolved or escalated to the next tier of contacts
/// (<see cref="ConcernStatuses"/>). Ids, the state and the tier only: never the text, the category or who raised it.
/// </summary>
public sealed record ConcernStatusChanged(Guid ConcernId, Guid ProgrammeId, Guid? PairId, string Status, int Tier, DateTimeOffset ChangedAt);
