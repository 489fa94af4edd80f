namespace Mentorship.Messaging.Domain;

/// <summary>A person approved into a programme (either role): who may raise a concern there.</summary>
public sealed class ProgrammeParticipant
{
    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public DateTimeOffset ApprovedAt { get; init; }
}
