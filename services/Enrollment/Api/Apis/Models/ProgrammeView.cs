using System.Text.Json.Serialization;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Consents;

namespace Mentorship.Enrollment.Apis.Models;

public sealed record ProgrammeView(
    Guid Id,
    string TemplateId,
    string Name,
    string Cohort,
    string Shape,
    MatchingWeights Weights,
    int DefaultMentorCapacity,
    int MeetingsPerMonth,
    int DurationMonths,
    int AlertAfterWeeksWithoutMeeting,
    RoleRequirementsView Mentee,
    RoleRequirementsView Mentor,
    DateTimeOffset CreatedAt,
    string Language,
    int SettingsRevision,
    string PrivacyNoticeVersion,
    string? Institution,
    ApplicationWindow ApplicationWindow,
    bool ApplicationsOpen,
    ProgrammeCapacity Capacity,
    int? TargetCohortSize,
    int? RetentionMonths,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Enrolment? Enrolment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProgrammeCapacity? CapacityExceededBy)
{
    /// <summary>
    /// The programme with its rules' and steps' words in <paramref name="language"/>; whether participants
    /// can apply on <paramref name="today"/> (in Brussels); the counts only when staff asked (<paramref name="enrolment"/>).
    /// </summary>
    public static ProgrammeView From(Programme programme, string language, DateOnly today, Enrolment? enrolment = null) => new(
        programme.Id,
        programme.TemplateId,
        programme.Name,
        programme.Cohort,
        programme.Template.Shape,
        programme.Weights,
        programme.DefaultMentorCapacity,
        programme.MeetingsPerMonth,
        programme.DurationMonths,
        programme.AlertAfterWeeksWithoutMeeting,
        RoleRequirementsView.From(programme.Template.Mentee, language),
        RoleRequirementsView.From(programme.Template.Mentor, language),
        programme.CreatedAt,
        language,
        programme.SettingsRevision,
        PrivacyNotice.CurrentVersion,
        programme.Institution,
        programme.ApplicationWindow,
        programme.ApplicationWindow.Includes(today),
        programme.Capacity,
        programme.TargetCohortSize,
        programme.RetentionMonths,
        enrolment,
        enrolment?.Beyond(programme.Capacity));
}
