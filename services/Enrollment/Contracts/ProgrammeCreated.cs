namespace Mentorship.Enrollment.Contracts;

/// <summary>A programme was created from a template; carries the settings other services act on.</summary>
public sealed record ProgrammeCreated(
    Guid ProgrammeId,
    string TemplateId,
    CriterionWeights Weights,
    int DefaultMentorCapacity,
    int MeetingsPerMonth,
    int DurationMonths,
    int AlertAfterWeeksWithoutMeeting,
    DateTimeOffset CreatedAt);
