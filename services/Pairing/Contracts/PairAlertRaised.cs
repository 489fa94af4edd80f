namespace Mentorship.Pairing.Contracts;

/// <summary>
/// An alert on a pair became due (<see cref="Level"/> 1) or was escalated because nobody acted
/// (level 2 and up, to a wider circle). Carries ids and the kind only; Messaging words it per recipient.
/// </summary>
public sealed record PairAlertRaised(
    Guid AlertId,
    Guid PairId,
    Guid ProgrammeId,
    string Kind,
    int Level,
    IReadOnlyList<AlertRecipient> Recipients,
    DateTimeOffset RaisedAt);
