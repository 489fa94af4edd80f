using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Templates;

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
    RoleRequirements Mentee,
    RoleRequirements Mentor,
    DateTimeOffset CreatedAt)
{
    public static ProgrammeView From(Programme programme) => new(
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
        programme.Template.Mentee,
        programme.Template.Mentor,
        programme.CreatedAt);
}
