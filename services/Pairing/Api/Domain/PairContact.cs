namespace Mentorship.Pairing.Domain;

/// <summary>
/// The last message in a pair's thread, from Messaging; never its content. Kept apart from the pair so a
/// message reported before the pair's proposal arrives still counts.
/// </summary>
public sealed class PairContact
{
    public Guid PairId { get; init; }

    public DateTimeOffset LastMessageAt { get; init; }
}
