namespace Mentorship.Enrollment.Apis.Models;

/// <summary>A new programme from a template; settings left out take the template's defaults.</summary>
public sealed record CreateProgrammeRequest(
    string? TemplateId,
    string? Name,
    string? Cohort,
    WeightsInput? Weights,
    int? DefaultMentorCapacity,
    int? MeetingsPerMonth,
    int? DurationMonths,
    int? AlertAfterWeeksWithoutMeeting,
    ApplicationWindowInput? ApplicationWindow = null,
    CapacityInput? Capacity = null,
    int? TargetCohortSize = null,
    string? Institution = null,
    int? RetentionMonths = null);
