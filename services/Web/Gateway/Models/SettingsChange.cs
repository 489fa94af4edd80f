namespace Mentorship.Web.Gateway.Models;

/// <summary>
/// An edit of a programme's settings based on <see cref="SettingsRevision"/>; a field left null keeps its value.
/// The window and the capacity replace the programme's whole (nulls inside remove them); a target of 0 removes it.
/// </summary>
public sealed record SettingsChange(
    int SettingsRevision,
    string? Name,
    string? Cohort,
    int? DefaultMentorCapacity,
    int? MeetingsPerMonth,
    int? DurationMonths,
    int? AlertAfterWeeksWithoutMeeting,
    ApplicationWindow? ApplicationWindow = null,
    RoleCapacity? Capacity = null,
    int? TargetCohortSize = null);
