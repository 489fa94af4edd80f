namespace Mentorship.Enrollment.Domain;

/// <summary>The most participants a programme approves in each role; null: no limit.</summary>
public sealed record ProgrammeCapacity(int? Mentees, int? Mentors)
{
    public const int Maximum = 100_000;

    public static readonly ProgrammeCapacity Unlimited = new(null, null);

    public int? For(ParticipantRole role) => role == ParticipantRole.Mentee ? Mentees : Mentors;
}
