namespace Mentorship.Messaging.Contracts;

/// <summary>A pair member wrote in the pair's thread; tells monitoring there was contact, never what was said.</summary>
public sealed record MessagePosted(Guid PairId, Guid MessageId, Guid SenderId, DateTimeOffset PostedAt);
