using Mentorship.Enrollment.Resources;

namespace Mentorship.Enrollment.Domain.Templates;

/// <summary>A built-in kind of programme and its defaults; a programme is created from one.</summary>
public sealed record ProgrammeTemplate(
    string Id,
    string Name,
    string Organiser,
    string Shape,
    MatchingWeights DefaultWeights,
    int DefaultMentorCapacity,
    int MeetingsPerMonth,
    int DurationMonths,
    int AlertAfterWeeksWithoutMeeting,
    RoleRequirements Mentee,
    RoleRequirements Mentor,
    IReadOnlyList<string>? Institutions = null)
{
    /// <summary>
    /// The institution as this template spells it: one of its <see cref="Institutions"/> (any case) when it
    /// lists them, else the trimmed free text; null when the template lists them and this is none of them.
    /// </summary>
    public string? Institution(string given)
    {
        var trimmed = given.Trim();
        return Institutions is null
            ? trimmed
            : Institutions.FirstOrDefault(i => string.Equals(i, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Why an institution was refused, in <paramref name="language"/>: the ones this template lists.</summary>
    public string InstitutionRule(string language) =>
        EnrollmentTexts.All.Format("validation.institution.oneOfTemplate", language, Id, string.Join(", ", Institutions ?? []));

    public RoleRequirements For(ParticipantRole role) => role == ParticipantRole.Mentee ? Mentee : Mentor;
}
