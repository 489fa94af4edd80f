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

    public string InstitutionRule => $"institution of a {Id} programme must be one of: {string.Join(", ", Institutions ?? [])}.";

    public RoleRequirements For(ParticipantRole role) => role == ParticipantRole.Mentee ? Mentee : Mentor;
}
