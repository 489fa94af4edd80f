using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Engine.Scoring;
using EngineWeights = Mentorship.Matching.Engine.Scoring.CriterionWeights;
using PublishedWeights = Mentorship.Enrollment.Contracts.CriterionWeights;

namespace Mentorship.Matching.Domain;

/// <summary>Enrollment's published facts in the engine's terms.</summary>
public static class EnrollmentFacts
{
    public static EngineWeights Weights(PublishedWeights weights) => new(
        weights.Geography, weights.Sector, weights.JobFunction, weights.Background,
        weights.Age, weights.Language, weights.Expectations, weights.Hobbies);

    public static ParticipantProfile Profile(MatchingProfile profile) => new(
        profile.Region,
        profile.Sectors,
        profile.JobFunction,
        profile.Background,
        profile.Age,
        profile.Languages,
        profile.Expectations,
        profile.Hobbies,
        profile.Conflicts.Select(c => new ConflictDeclaration(c.PersonId, c.Relation)).ToList());

    public static ParticipantRole Role(string role) =>
        role == "mentor" ? ParticipantRole.Mentor : ParticipantRole.Mentee;
}
