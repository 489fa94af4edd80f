namespace Mentorship.Messaging.Contracts;

/// <summary>
/// A participant raised a concern in a programme, about a pair or not; lets monitoring flag the pair.
/// Carries neither the text, the category nor who raised it: those reach only the referent.
/// </summary>
public sealed record ConcernRaised(Guid ConcernId, Guid ProgrammeId, Guid? PairId, DateTimeOffset RaisedAt);
