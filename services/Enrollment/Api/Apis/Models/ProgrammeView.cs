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
    string? Institution)
{
    /// <summary>The programme with its rules' and steps' words in <paramref name="language"/>.</summary>
    public static ProgrammeView From(Programme programme, string language) => new(
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
        programme.Institution);
}
