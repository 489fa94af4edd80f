using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Templates;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>A built-in template with its defaults, and its rules' and steps' words in the caller's language.</summary>
public sealed record ProgrammeTemplateView(
    string Id,
    string Name,
    string Organiser,
    string Shape,
    MatchingWeights DefaultWeights,
    int DefaultMentorCapacity,
    int MeetingsPerMonth,
    int DurationMonths,
    int AlertAfterWeeksWithoutMeeting,
    RoleRequirementsView Mentee,
    RoleRequirementsView Mentor,
    string Language,
    IReadOnlyList<string>? Institutions)
{
    public static ProgrammeTemplateView From(ProgrammeTemplate template, string language) => new(
        template.Id,
        template.Name,
        template.Organiser,
        template.Shape,
        template.DefaultWeights,
        template.DefaultMentorCapacity,
        template.MeetingsPerMonth,
        template.DurationMonths,
        template.AlertAfterWeeksWithoutMeeting,
        RoleRequirementsView.From(template.Mentee, language),
        RoleRequirementsView.From(template.Mentor, language),
        language,
        template.Institutions);
}
