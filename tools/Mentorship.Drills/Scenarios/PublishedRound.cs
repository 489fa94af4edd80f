namespace Mentorship.Drills.Scenarios;

/// <summary>A publication the drill stored in Matching's outbox: its round, its programme and the MessageId of each MatchProposed.</summary>
public sealed record PublishedRound(Guid RoundId, Guid ProgrammeId, IReadOnlyList<Guid> MessageIds)
{
    public int Proposals => MessageIds.Count;
}
