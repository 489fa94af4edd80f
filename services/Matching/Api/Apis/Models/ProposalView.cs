using Mentorship.Matching.Domain;
using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Apis.Models;

/// <summary>A proposed pair with its score and, criterion by criterion, why: { criterion, weight, value, contribution, reason }.</summary>
public sealed record ProposalView(
    Guid MenteeId,
    Guid MentorId,
    double Score,
    bool Pinned,
    ProposalStatus Status,
    Guid? PairId,
    string? SkipReason,
    IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<ScoreAdjustment> Adjustments,
    IReadOnlyList<AlternativeMentor> Alternatives)
{
    public static ProposalView From(RoundProposal proposal) => new(
        proposal.MenteeId, proposal.MentorId, proposal.Score, proposal.Pinned, proposal.Status, proposal.PairId,
        proposal.SkipReason, proposal.Criteria, proposal.Adjustments, proposal.Alternatives);
}
