namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>A pair activated in a test, with the baseline surveys Evaluation sent its members.</summary>
public sealed record ActivatedPair(Guid PairId, Guid MenteeId, Guid MentorId, Guid MenteeBaselineId, Guid MentorBaselineId);
