namespace Mentorship.Enrollment.Domain.Templates;

/// <summary>A built-in kind of programme and its defaults; a programme is created from one.</summary>
public sealed record ProgrammeTemplate(
    string Id,
    string Name,
    string Organiser,
    string Shape,
    MatchingWeights DefaultWeights,
    int DefaultMentorCapacity,
    int MeetingsPerMonth,
    int DurationMonths,
    int AlertAfterWeeksWithoutMeeting,
    RoleRequirements Mentee,
    RoleRequirements Mentor)
{
    public RoleRequirements For(ParticipantRole role) => role == ParticipantRole.Mentee ? Mentee : Mentor;
}
