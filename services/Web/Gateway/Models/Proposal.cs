namespace Mentorship.Web.Gateway.Models;

/// <summary>A proposed pair, its score and why, criterion by criterion, with the coordinators' adjustments.</summary>
public sealed record Proposal(
    Guid MenteeId,
    Guid MentorId,
    double Score,
    bool Pinned,
    string Status,
    IReadOnlyList<CriterionContribution> Criteria,
    IReadOnlyList<ScoreAdjustment> Adjustments);
