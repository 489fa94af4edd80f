namespace Mentorship.Web.Gateway.Models;

/// <summary>A programme's editable settings and the revision they are at, as Enrollment shows them.</summary>
public sealed record ProgrammeSettings(
    Guid Id,
    string Name,
    string Cohort,
    int DefaultMentorCapacity,
    int MeetingsPerMonth,
    int DurationMonths,
    int AlertAfterWeeksWithoutMeeting,
    int SettingsRevision);
