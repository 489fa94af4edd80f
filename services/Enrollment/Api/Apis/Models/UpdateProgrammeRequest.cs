namespace Mentorship.Enrollment.Apis.Models;

/// <summary>An edit of a programme's settings (PATCH): fields left out keep their value. The template cannot change.</summary>
public sealed record UpdateProgrammeRequest(
    string? Name,
    string? Cohort,
    int? DefaultMentorCapacity,
    int? MeetingsPerMonth,
    int? DurationMonths,
    int? AlertAfterWeeksWithoutMeeting);
