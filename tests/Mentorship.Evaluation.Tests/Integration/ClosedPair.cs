namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>A pair closed in a test, with the closure surveys Evaluation sent its members.</summary>
public sealed record ClosedPair(Guid PairId, Guid MenteeId, Guid MentorId, Guid MenteeSurveyId, Guid MentorSurveyId);
