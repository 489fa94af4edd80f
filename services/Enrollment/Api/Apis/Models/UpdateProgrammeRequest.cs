namespace Mentorship.Enrollment.Apis.Models;

/// <summary>
/// An edit of a programme's settings (PATCH): fields left out keep their value. The template cannot change.
/// <see cref="ApplicationWindow"/> and <see cref="Capacity"/> replace the whole window or capacity; a
/// <see cref="TargetCohortSize"/> of 0 removes the target, a <see cref="RetentionMonths"/> of 0 the retention rule. <see cref="SettingsRevision"/>, when given, is
/// the revision the edit was based on: a newer one is a 409.
/// </summary>
public sealed record UpdateProgrammeRequest(
    string? Name,
    string? Cohort,
    int? DefaultMentorCapacity,
    int? MeetingsPerMonth,
    int? DurationMonths,
    int? AlertAfterWeeksWithoutMeeting,
    int? SettingsRevision = null,
    ApplicationWindowInput? ApplicationWindow = null,
    CapacityInput? Capacity = null,
    int? TargetCohortSize = null,
    string? Institution = null,
    int? RetentionMonths = null);
