using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// Mentees returned to matching after a pair did not start. Published pairs stay untouched: they
/// are only the mentors' <see cref="Mentor.CurrentLoad"/>. The pairs that failed belong in
/// <see cref="DeclinedPairs"/> so they are not proposed again.
/// </summary>
public sealed record RematchRequest(
    CriterionWeights Weights,
    IReadOnlyList<Mentee> ReturnedMentees,
    IReadOnlyList<Mentor> Mentors,
    IReadOnlyList<Appreciation> Appreciations,
    IReadOnlyList<DeclinedPair> DeclinedPairs,
    Objective Objective = Objective.MaxParticipation,
    int AlternativesPerMentee = 3);
