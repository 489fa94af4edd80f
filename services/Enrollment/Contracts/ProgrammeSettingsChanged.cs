namespace Mentorship.Enrollment.Contracts;

/// <summary>
/// A programme's settings were edited. Carries all of them, not the difference, with a
/// <see cref="Revision"/> that grows with each edit (ProgrammeCreated is revision 0): a consumer keeps
/// the highest revision it has seen, so an edit overtaken by an older message is never undone.
/// <see cref="Institution"/> is last and optional so that older messages still read.
/// </summary>
public sealed record ProgrammeSettingsChanged(
    Guid ProgrammeId,
    int Revision,
    string Name,
    string Cohort,
    int DefaultMentorCapacity,
    int MeetingsPerMonth,
    int DurationMonths,
    int AlertAfterWeeksWithoutMeeting,
    DateTimeOffset ChangedAt,
    Guid ChangedBy,
    string? Institution = null);
