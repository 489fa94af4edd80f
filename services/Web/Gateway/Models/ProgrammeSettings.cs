namespace Mentorship.Web.Gateway.Models;

/// <summary>
/// A programme's editable settings and the revision they are at, as Enrollment shows them; with the counts
/// Enrollment gives its staff (<see cref="Enrolment"/>, and <see cref="CapacityExceededBy"/> once a capacity was lowered).
/// </summary>
public sealed record ProgrammeSettings(
    Guid Id,
    string Name,
    string Cohort,
    int DefaultMentorCapacity,
    int MeetingsPerMonth,
    int DurationMonths,
    int AlertAfterWeeksWithoutMeeting,
    int SettingsRevision,
    ApplicationWindow? ApplicationWindow = null,
    RoleCapacity? Capacity = null,
    int? TargetCohortSize = null,
    Enrolment? Enrolment = null,
    RoleCapacity? CapacityExceededBy = null);
