namespace Mentorship.Web.Gateway.Models;

/// <summary>An edit of a programme's settings based on <see cref="SettingsRevision"/>; a field left null keeps its value.</summary>
public sealed record SettingsChange(
    int SettingsRevision,
    string? Name,
    string? Cohort,
    int? DefaultMentorCapacity,
    int? MeetingsPerMonth,
    int? DurationMonths,
    int? AlertAfterWeeksWithoutMeeting);
