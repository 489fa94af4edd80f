namespace Mentorship.Identity.Domain;

/// <summary>
/// A person approved in a programme (Enrollment's ApplicationApproved, ids only). Identity keeps it for
/// one reason: the admins of that programme may read this service's part of the person's data export,
/// as they may every other service's.
/// </summary>
public sealed class ProgrammeParticipant
{
    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public DateTimeOffset ApprovedAt { get; init; }
}
