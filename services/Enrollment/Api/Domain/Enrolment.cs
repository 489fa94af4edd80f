namespace Mentorship.Enrollment.Domain;

/// <summary>
/// Where a programme stands in recruitment: active applications (submitted or approved) and approved
/// ones, per role. Counts only, for staff.
/// </summary>
public sealed record Enrolment(int MenteesApplied, int MenteesApproved, int MentorsApplied, int MentorsApproved)
{
    public static readonly Enrolment None = new(0, 0, 0, 0);

    public int Approved(ParticipantRole role) => role == ParticipantRole.Mentee ? MenteesApproved : MentorsApproved;

    /// <summary>How many approved participants are beyond the capacity per role (after it was lowered), or null when none are.</summary>
    public ProgrammeCapacity? Beyond(ProgrammeCapacity capacity)
    {
        var mentees = Excess(MenteesApproved, capacity.Mentees);
        var mentors = Excess(MentorsApproved, capacity.Mentors);
        return mentees is null && mentors is null ? null : new ProgrammeCapacity(mentees, mentors);
    }

    private static int? Excess(int approved, int? capacity) => approved > capacity ? approved - capacity : null;
}
