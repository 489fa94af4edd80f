using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Rounds;

/// <summary>Everything a round is planned from. Person ids must be unique on each side.</summary>
public sealed record RoundRequest(
    CriterionWeights Weights,
    IReadOnlyList<Mentee> Mentees,
    IReadOnlyList<Mentor> Mentors,
    IReadOnlyList<Appreciation> Appreciations,
    IReadOnlyList<DeclinedPair> DeclinedPairs,
    Objective Objective = Objective.MaxParticipation);
