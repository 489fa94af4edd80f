using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Domain;

/// <summary>A proposed pair of a round, with its explanation, until the coordinator publishes the round.</summary>
public sealed class RoundProposal
{
    public Guid RoundId { get; init; }

    public Guid MenteeId { get; init; }

    public Guid MentorId { get; init; }

    public double Score { get; init; }

    public bool Pinned { get; init; }

    public required IReadOnlyList<CriterionScore> Criteria { get; init; }

    public required IReadOnlyList<ScoreAdjustment> Adjustments { get; init; }

    /// <summary>Other good mentors for a re-matched mentee, best first.</summary>
    public IReadOnlyList<AlternativeMentor> Alternatives { get; init; } = [];

    public ProposalStatus Status { get; set; }

    /// <summary>Why publication skipped it (the mentee left, the mentor's seats were taken meanwhile).</summary>
    public string? SkipReason { get; set; }

    /// <summary>The pair Pairing opened for it, once published.</summary>
    public Guid? PairId { get; set; }
}
