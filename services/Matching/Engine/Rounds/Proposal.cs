using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// A proposed pair for the coordinator to review: its score in [0, 100] and why, criterion by
/// criterion, plus coordinator adjustments; contributions and adjustment points add up to the score.
/// </summary>
public sealed record Proposal(
    Guid MenteeId,
    Guid MentorId,
    double Score,
    bool Pinned,
    IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<ScoreAdjustment> Adjustments);
